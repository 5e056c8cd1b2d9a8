import Foundation
import Testing

/// The static release binary that `scripts/release` puts in `dist/` (`.ci/run` builds it before
/// the tests): it must be there, carry no Swift runtime library, and run on an unknown `TERM`.
@Suite(.serialized, .timeLimit(.minutes(3))) struct ReleaseBinaryTests {
    /// The package's `dist/` folder.
    static let dist = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("dist")

    /// `dist/dialtone`, or a failure that says how to build it.
    private func releaseBinary() throws -> String {
        let path = Self.dist.appendingPathComponent("dialtone").path
        try #require(FileManager.default.isExecutableFile(atPath: path), "\(path) is missing: run scripts/release (as .ci/run does)")
        return path
    }

    @Test func linksNoSwiftRuntimeLibrary() async throws {
        let binary = try releaseBinary()
        let ldd = try await CLIRunner(executable: "/usr/bin/ldd").run([binary])
        #expect(ldd.status == 0, "\(ldd.stderr)")
        for library in ["libswift", "libFoundation", "libdispatch", "libBlocksRuntime", "not found"] {
            #expect(!ldd.stdout.contains(library), "ldd lists \(library):\n\(ldd.stdout)")
        }
        #expect(ldd.stdout.contains("libncursesw") && ldd.stdout.contains("libsqlite3"), "the documented system libraries")
    }

    @Test func unknownTermShowsNumbersWithTheFallbackNotice() async throws {
        let binary = try releaseBinary()
        // xterm-kitty where this box lacks it (the usual case); a name no box has otherwise.
        let infocmp = try await CLIRunner(executable: "/usr/bin/infocmp").run(["xterm-kitty"])
        let term = infocmp.status == 0 ? "dt-none" : "xterm-kitty"
        let run = try TUIRun(environment: ["TERM": term], binary: binary)
        defer { run.close() }
        let screen = try await run.session.waitFor("numbers with the fallback notice", timeout: .seconds(60)) {
            $0.contains("TERM=\(term) unknown: using xterm-256color") && Self.listsNumbers($0)
        }
        #expect(screen.contains("SANDBOX"))
        try await run.quitAndCheckRestored()
    }

    /// Whether the screen shows rows of numbers (`+<digits>` at the start of a table row).
    static func listsNumbers(_ screen: String) -> Bool {
        screen.split(separator: "\n").filter { $0.drop { !$0.isLetter && !$0.isNumber && $0 != "+" }.hasPrefix("+") }.count >= 3
    }

    @Test func versionManualAndCompletionsComeWithIt() async throws {
        let binary = try releaseBinary()
        let version = try await CLIRunner(executable: binary).run(["--version"])
        #expect(version.stdout.hasPrefix("0.1.0 (") && !version.stdout.contains("unknown"), "\(version.stdout)")
        let checksum = try String(contentsOf: Self.dist.appendingPathComponent("dialtone.sha256"), encoding: .utf8)
        #expect(checksum.hasSuffix("  dialtone\n"))
        let manual = try String(contentsOf: Self.dist.appendingPathComponent("dialtone.1"), encoding: .utf8)
        #expect(manual.contains("doctor") && manual.contains("inventory"))
        for file in ["dialtone.bash", "_dialtone", "dialtone.fish"] {
            let script = try String(contentsOf: Self.dist.appendingPathComponent("completions/\(file)"), encoding: .utf8)
            #expect(script.contains("doctor"), "\(file) completes doctor")
        }
    }
}
