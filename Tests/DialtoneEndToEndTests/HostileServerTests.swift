import Foundation
import Testing

/// A provider whose strings carry terminal commands: they are shown as text in the TUI, the
/// table and CSV, and handed to scripts exactly in JSON.
@Suite(.serialized, .timeLimit(.minutes(3))) struct HostileServerTests {
    /// Clear screen, an OSC 52 clipboard write ("pwned"), carriage return, backspace, RTL override.
    static let hostile = "Ka\u{1B}[2Jrna\u{1B}]52;c;cHduZWQ=\u{07}taka\r\u{8}\u{202E}gnol"

    /// What must never reach a terminal as a byte of output.
    static func unsafeScalars(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}" }
    }

    /// A sandbox whose first Indian Vobiz number has the hostile region and city; returns its E.164.
    private func hostileSandbox() async throws -> (SandboxFixture, CLIRunner, String) {
        let fixture = try await SandboxFixture.start()
        let cli = try CLIRunner(extra: fixture.environment(only: "VOBIZ"))
        let first = try await cli.run(["inventory", "--country", "IN", "--per-page", "1", "--json"])
        let line = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: String], "\(first.stderr)")
        let e164 = try #require(line["number"])
        try await fixture.relabel(e164, as: Self.hostile)
        return (fixture, cli, e164)
    }

    @Test func tableAndCSVHoldNoControlByteAndJSONRoundTrips() async throws {
        let (fixture, cli, e164) = try await hostileSandbox()
        defer { Task { await fixture.sandbox.stop() } }
        let table = try await cli.run(["inventory", "--country", "IN", "--per-page", "5"])
        let csv = try await cli.run(["inventory", "--country", "IN", "--per-page", "5", "--csv"])
        let json = try await cli.run(["inventory", "--country", "IN", "--per-page", "5", "--json"])
        for result in [table, csv, json] {
            #expect(result.status == 0, "\(result.stderr)")
            #expect(Self.unsafeScalars(result.stdout).isEmpty, "no control byte in: \(result.stdout.debugDescription.prefix(300))")
        }
        let row = try #require(table.stdout.split(separator: "\n").first { $0.contains(e164) })
        #expect(row.contains("Ka�rna�taka��gnol"), "the letters stay, each sequence shows as one mark: \(row)")
        let records = try json.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: String])
        }
        let record = try #require(records.first { $0["number"] == e164 })
        #expect(record["region"] == Self.hostile, "JSON hands scripts the provider's exact string")
    }

    @Test func screenShowsTheRowAndSetsNoClipboard() async throws {
        let (fixture, _, e164) = try await hostileSandbox()
        defer { Task { await fixture.sandbox.stop() } }
        // A control OSC 52 from the shell proves this tmux stores clipboard writes as buffers.
        let run = try TUIRun(
            columns: 80, rows: 24, environment: fixture.environment(only: "VOBIZ"), arguments: "--country IN",
            prelude: ["printf '\\033]52;c;Y29udHJvbA==\\007'"], serverOptions: ["set-clipboard": "on"])
        defer { run.close() }
        let screen = try await run.session.waitFor("the hostile row") { $0.contains("Ka�rna�tak") }
        let row = try #require(screen.split(separator: "\n").first { $0.contains("Ka�rna�tak") })
        #expect(row.filter(\.isNumber).contains(e164.dropFirst().suffix(6)), "the number shares the row: \(row)")
        #expect(screen.contains("Dialtone") && screen.contains("page 1/"), "nothing was cleared:\n\(screen)")
        #expect(try run.session.bufferSamples() == ["control"], "no clipboard write from the provider's text")
        try await run.quitAndCheckRestored()
    }
}
