import Foundation
import Testing

/// `Ctrl-Z` in a shell with job control: Dialtone stops with the terminal given back as it found
/// it, and `fg` brings the screen back, answering keys.
@Suite(.serialized, .timeLimit(.minutes(3))) struct SuspendTerminalTests {
    @Test func ctrlZStopsWithTheTerminalRestoredAndFgResumes() async throws {
        // Job control in the script, so Ctrl-Z stops the job and the shell goes on: it records
        // the job's status and the terminal's modes, then waits for Enter and resumes it with `fg`.
        let run = try TUIRun(
            arguments: #"; echo "stopped=$?" > "$HOME/stopped"; stty -a > "$HOME/stty-suspended"; echo SUSPENDED-SHELL; read -r _; fg"#,
            prelude: ["set -m"])
        defer { run.close() }
        try await run.session.waitFor("the first page", timeout: .seconds(60)) { $0.contains("page 1/") && $0.contains("+") }

        try run.session.send("C-z")
        let shell = try await run.session.waitFor(text: "SUSPENDED-SHELL")
        #expect(run.file("stopped") == "stopped=148\n", "the job stopped on SIGTSTP: \(run.file("stopped"))")
        #expect(!shell.contains("page 1/"), "the shell's screen, not Dialtone's")
        #expect(!run.file("stty-before").isEmpty)
        #expect(run.terminalModes("stty-suspended") == run.terminalModes("stty-before"), "terminal settings restored while stopped")

        // Enter lets the shell run `fg`: the screen is drawn again and a key moves the selection.
        try run.session.send("Enter")
        let resumed = try await run.session.waitFor("the inventory again") { $0.contains("page 1/") && $0.contains("▶") }
        let selected = try #require(Self.selectedRow(resumed))
        try await run.session.probe("j", until: "the selection one row down") { Self.selectedRow($0) == selected + 1 }
        try await run.quitAndCheckRestored()
    }

    /// The screen row holding the selection marker.
    static func selectedRow(_ screen: String) -> Int? {
        screen.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("▶") }
    }
}
