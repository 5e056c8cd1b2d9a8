import Foundation
import Testing

/// `dialtone` in tmux with a private home, inside a shell script that records `stty -a` around it.
struct TerminalRun {
    let home: URL
    let session: TmuxSession

    init(columns: Int = 120, rows: Int = 40, environment extra: [String: String] = [:], arguments: String = "") throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("dialtone-tui-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let environment = [
            "HOME": home.path, "PATH": "/usr/bin:/bin", "TERM": "tmux-256color", "LANG": "C.UTF-8",
            "DIALTONE_SANDBOX_DB": home.appendingPathComponent("sandbox.sqlite").path,
        ].merging(extra) { $1 }
        let script = [
            "stty -a > '\(home.path)/stty-before'",
            "'\(CLIRunner.binary)' \(arguments)",
            "echo \"exit=$?\" > '\(home.path)/exit'",
            "stty -a > '\(home.path)/stty-after'",
            "echo DIALTONE-ENDED",
            // Keep the pane alive: tmux clears a pane that dies after using the alternate screen,
            // and the marker above must stay readable. Bounded, and ended with the tmux server.
            "exec sleep 600",
        ].joined(separator: "; ")
        session = try TmuxSession(command: script, columns: columns, rows: rows, environment: environment)
    }

    func file(_ name: String) -> String {
        (try? String(contentsOf: home.appendingPathComponent(name), encoding: .utf8)) ?? ""
    }

    /// `stty -a` output without the window size, which a resize legitimately changes.
    func terminalModes(_ name: String) -> String {
        file(name).replacingOccurrences(of: "rows [0-9]+; columns [0-9]+;", with: "", options: .regularExpression)
    }

    /// Quits with `q` and checks the terminal settings came back exactly.
    func quitAndCheckRestored() async throws {
        try session.send("q")
        try await session.waitFor(text: "DIALTONE-ENDED")
        #expect(file("exit").contains("exit=0"))
        #expect(!file("stty-before").isEmpty)
        #expect(terminalModes("stty-before") == terminalModes("stty-after"), "terminal settings restored")
    }
}
