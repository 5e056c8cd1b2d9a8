import Foundation
import Testing

/// `TERM` values the box cannot honour, in a real terminal.
@Suite(.serialized, .timeLimit(.minutes(3))) struct TerminalFallbackTests {
    @Test func termWithoutATerminfoEntryRunsOnAFallbackAndSaysSo() async throws {
        let run = try TUIRun(columns: 80, rows: 24, environment: ["TERM": "dt-none"])
        defer { run.close() }
        let notice = "TERM=dt-none unknown: using xterm-256color"
        try await run.session.waitFor("numbers with the notice", timeout: .seconds(60)) {
            $0.contains(notice) && ReleaseBinaryTests.listsNumbers($0)
        }
        try run.session.send("j")
        try await run.session.waitFor("paging once the notice is gone") { !$0.contains(notice) && $0.contains("page 1/") }
        try await run.quitAndCheckRestored()
    }

    @Test func dumbIsRefusedWithTheHeadlessCommandBeforeTheSandboxStarts() async throws {
        let run = try TUIRun(environment: ["TERM": "dumb"])
        defer { run.close() }
        try await run.session.waitFor(text: "DIALTONE-ENDED")
        let output = try run.session.screenAndHistory()
        #expect(output.contains("TERM=dumb cannot move the cursor") && output.contains("dialtone inventory"), "\(output)")
        #expect(run.file("exit").contains("exit=1"))
        #expect(!FileManager.default.fileExists(atPath: run.home.appendingPathComponent("sandbox.sqlite").path), "no sandbox was started")
    }
}
