import Foundation
import Testing

/// `dialtone sandbox serve` stays on loopback unless told, and says so when it is not.
@Suite(.serialized, .timeLimit(.minutes(1))) struct SandboxServeCommandTests {
    private let quick = ["sandbox", "serve", "--port", "0", "--db", ":memory:", "--numbers", "20"]

    @Test func loopbackByDefaultWithoutWarning() async throws {
        let result = try await CLIRunner().runUntil("Press Ctrl-C", quick)
        #expect(result.stdout.contains("listening on http://127.0.0.1:"), "\(result.stdout)\(result.stderr)")
        #expect(!result.stdout.contains("WARNING"))
    }

    @Test func anotherInterfaceIsAnnounced() async throws {
        let result = try await CLIRunner().runUntil("Press Ctrl-C", quick + ["--host", "0.0.0.0"])
        #expect(result.stdout.contains("listening on http://0.0.0.0:"), "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("WARNING: listening on 0.0.0.0, not loopback"))
    }

    @Test func foreignDatabaseIsRefusedAndLeftAlone() async throws {
        let cli = try CLIRunner()
        let path = cli.home.appendingPathComponent("notes.db").path
        let before = Data("SQLite format 3\u{0}this is not really a database".utf8)
        try before.write(to: URL(fileURLWithPath: path))
        let result = try await cli.run(["sandbox", "serve", "--port", "0", "--db", path])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("refusing to use \(path)"), "\(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
}
