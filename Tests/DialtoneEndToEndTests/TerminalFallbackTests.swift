import Foundation
import Testing

/// `TERM` values the box cannot honour, in a real terminal.
@Suite(.serialized, .timeLimit(.minutes(3))) struct TerminalFallbackTests {
    @Test func termWithoutATerminfoEntryRunsOnAFallbackAndSaysSo() async throws {
        let run = try TUIRun(environment: ["TERM": "dt-none"])
        let screen = try await run.session.waitFor(text: "page 1/", timeout: .seconds(60))
        #expect(screen.contains("TERM=dt-none unknown: using xterm-256color"), "\(screen)")
        try run.session.send("j")
        try await run.session.waitFor("notice gone after a key") { !$0.contains("unknown: using") }
        try await run.quitAndCheckRestored()
    }

    @Test func dumbIsRefusedWithTheHeadlessCommandBeforeTheSandboxStarts() async throws {
        let run = try TUIRun(environment: ["TERM": "dumb"])
        let screen = try await run.session.waitFor(text: "DIALTONE-ENDED")
        #expect(screen.contains("dialtone inventory"), "\(screen)")
        #expect(run.file("exit").contains("exit=1"))
        #expect(!FileManager.default.fileExists(atPath: run.home.appendingPathComponent("sandbox.sqlite").path), "no sandbox was started")
    }
}
