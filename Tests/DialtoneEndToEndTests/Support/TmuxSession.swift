import Foundation

/// A real terminal for end-to-end tests: a detached tmux session running one command, driven
/// with `send-keys` and read with `capture-pane`.
final class TmuxSession {
    let name: String
    /// A private tmux server, so tests never touch the user's sessions.
    private let socket: String

    /// Starts `command` (run by bash) in a `columns`×`rows` window with exactly `environment`.
    init(command: String, columns: Int = 120, rows: Int = 40, environment: [String: String]) throws {
        name = "dt\(UInt32.random(in: 0...UInt32.max))"
        socket = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(name)").path
        let exports = environment.map { "\($0.key)=\(Self.quote($0.value))" }.sorted().joined(separator: " ")
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", name, "-x", String(columns), "-y", String(rows),
                  "env -i \(exports) bash --noprofile --norc -c \(Self.quote(command))"])
        try tmux(["set-option", "-t", name, "remain-on-exit", "on"])
        // Deliver Esc at once: tmux would otherwise hold it 500 ms and glue it to the next key.
        try tmux(["set-option", "-s", "escape-time", "0"])
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }

    /// Types keys as tmux names them (`Down`, `NPage`, `Enter`, `Escape`, `Tab`, `C-c`) or literal text.
    func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", name] + keys)
    }

    /// Types `text` literally, character by character.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", name, "-l", text])
    }

    /// The visible screen as plain text.
    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", name])
    }

    /// The visible screen with colour escapes (to check that none are sent under NO_COLOR).
    func screenWithEscapes() throws -> String {
        try tmux(["capture-pane", "-p", "-e", "-t", name])
    }

    func resize(columns: Int, rows: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", String(columns), "-y", String(rows)])
    }

    /// Waits until `predicate` holds for the screen; returns that screen, or throws with the last one.
    @discardableResult
    func waitFor(_ what: String, timeout: Duration = .seconds(20), _ predicate: (String) -> Bool) throws -> String {
        let deadline = ContinuousClock.now + timeout
        var last = ""
        while ContinuousClock.now < deadline {
            last = try screen()
            if predicate(last) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw TmuxError("timed out waiting for \(what); screen was:\n\(last)")
    }

    /// Waits until the screen shows `text`.
    @discardableResult
    func waitFor(text: String, timeout: Duration = .seconds(20)) throws -> String {
        try waitFor("\"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "-S", socket] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw TmuxError("tmux \(arguments.first ?? "") failed (\(process.terminationStatus))") }
        return String(decoding: data, as: UTF8.self)
    }

    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

struct TmuxError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
