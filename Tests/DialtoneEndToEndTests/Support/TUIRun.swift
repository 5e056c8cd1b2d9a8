import Foundation
import Testing

/// The built `dialtone` in tmux with a private home, inside a shell script that records
/// `stty -a` before and after it and its exit status, then prints `DIALTONE-ENDED` and waits.
/// Tests end it with `close()` (in a `defer` right after it starts).
struct TUIRun {
    let home: URL
    let session: TmuxSession

    /// `prelude` runs in the same bash script just before the program (a trap, a control);
    /// `binary` is the built `dialtone` unless a test names another (the release binary);
    /// `home` is a fresh folder unless a test runs again in an earlier run's home.
    init(
        columns: Int = 120, rows: Int = 40, environment extra: [String: String] = [:], arguments: String = "",
        prelude: [String] = [], serverOptions: [String: String] = [:], binary: String = CLIRunner.binary, reusing earlierHome: URL? = nil
    ) throws {
        home = earlierHome ?? FileManager.default.temporaryDirectory.appendingPathComponent("dialtone-tui-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let environment = [
            "HOME": home.path, "PATH": "/usr/bin:/bin", "TERM": "tmux-256color", "LANG": "C.UTF-8",
            "DIALTONE_SANDBOX_DB": home.appendingPathComponent("sandbox.sqlite").path,
        ].merging(extra) { $1 }
        let script = [
            "stty -a > '\(home.path)/stty-before'",
        ] + prelude + [
            "'\(binary)' \(arguments)",
            "echo \"exit=$?\" > '\(home.path)/exit'",
            "stty -a > '\(home.path)/stty-after'",
            "echo DIALTONE-ENDED",
            // Keep the pane alive: tmux clears a pane that dies after using the alternate screen,
            // and the marker above must stay readable. Bounded, and ended with the tmux server.
            "exec sleep 600",
        ]
        session = try TmuxSession(
            command: script.joined(separator: "; "), columns: columns, rows: rows, environment: environment,
            serverOptions: serverOptions)
    }

    /// Ends the terminal and the program in it; every test calls it on every path.
    func close() {
        session.close()
    }

    func file(_ name: String) -> String {
        (try? String(contentsOf: home.appendingPathComponent(name), encoding: .utf8)) ?? ""
    }

    /// `stty -a` output without the window size, which a resize legitimately changes.
    func terminalModes(_ name: String) -> String {
        file(name).replacingOccurrences(of: "rows [0-9]+; columns [0-9]+;", with: "", options: .regularExpression)
    }

    /// Waits for the program to end and checks the terminal came back exactly: `stty -a` as
    /// before, the alternate screen left and the cursor visible.
    func checkRestored(_ how: String, exitStatus: String? = nil) async throws {
        try await session.waitFor(text: "DIALTONE-ENDED")
        if let exitStatus { #expect(file("exit").contains("exit=\(exitStatus)"), "\(how): \(file("exit"))") }
        #expect(!file("stty-before").isEmpty)
        #expect(terminalModes("stty-before") == terminalModes("stty-after"), "terminal settings restored after \(how)")
        #expect(try session.display("#{alternate_on} #{cursor_flag}") == "0 1", "normal screen and visible cursor after \(how)")
    }

    /// Quits with `q` and checks the terminal settings came back exactly.
    func quitAndCheckRestored() async throws {
        try session.send("q")
        try await checkRestored("q", exitStatus: "0")
    }
}
