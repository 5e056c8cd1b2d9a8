import Foundation
import Testing

/// Ways out that cannot run Swift code — Ctrl-\, an abort, a runtime trap — still leave the
/// terminal exactly as it was.
@Suite(.serialized, .timeLimit(.minutes(3))) struct TerminalRestoreTests {
    /// No core files from the deliberate crashes.
    private static let noCore = "ulimit -c 0"

    @Test func ctrlBackslashRestoresTheTerminal() async throws {
        // Without a trap of its own the script's bash would die of the SIGQUIT too.
        let run = try TUIRun(prelude: [Self.noCore, "trap : QUIT"])
        defer { run.close() }
        try await run.session.waitFor(text: "page 1/", timeout: .seconds(60))
        try run.session.send("C-\\")
        try await run.checkRestored("Ctrl-\\", exitStatus: "131")
    }

    @Test func abortRestoresTheTerminal() async throws {
        let run = try TUIRun(prelude: [Self.noCore])
        defer { run.close() }
        try await run.session.waitFor(text: "page 1/", timeout: .seconds(60))
        let pid = try #require(TerminalFlowTests.pid(of: CLIRunner.binary, home: run.home.path))
        kill(pid, SIGABRT)
        try await run.checkRestored("SIGABRT", exitStatus: "134")
    }

    @Test func runtimeTrapRestoresTheTerminal() async throws {
        let run = try TUIRun(environment: ["DIALTONE_DEBUG_TRAP": "1"], prelude: [Self.noCore])
        defer { run.close() }
        try await run.checkRestored("a runtime trap")
        // SIGILL (132) on x86-64, SIGTRAP (133) on arm64.
        #expect(["exit=132", "exit=133"].contains(run.file("exit").trimmingCharacters(in: .whitespacesAndNewlines)), "\(run.file("exit"))")
    }
}
