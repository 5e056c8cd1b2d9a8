import Foundation

/// A real terminal for end-to-end tests: a detached tmux session running one command, driven
/// with `send-keys` and read with `capture-pane`. Every test ends it with `close()` on every
/// path (a `defer` right after it starts); nothing ends it implicitly.
final class TmuxSession {
    let name: String
    /// A private tmux server, so tests never touch the user's sessions.
    private let socket: String
    /// The tmux server and the pane's first process, read at start so `close()` can prove both ended.
    private var startedPIDs: [pid_t] = []
    private var isClosed = false

    /// Starts `command` (run by bash) in a `columns`×`rows` window with exactly `environment`;
    /// `serverOptions` are set before the command starts (`set-clipboard`).
    init(command: String, columns: Int = 120, rows: Int = 40, environment: [String: String], serverOptions: [String: String] = [:]) throws {
        name = "dt\(UInt32.random(in: 0...UInt32.max))"
        socket = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(name)").path
        let exports = environment.merging(ProcessTree.runMarker) { $1 }.map { "\($0.key)=\(Self.quote($0.value))" }.sorted().joined(separator: " ")
        let options = serverOptions.sorted { $0.key < $1.key }.flatMap { ["set-option", "-s", $0.key, $0.value, ";"] }
        try tmux(["-f", "/dev/null", "start-server", ";"] + options + ["new-session", "-d", "-s", name, "-x", String(columns), "-y", String(rows),
                  "env -i \(exports) bash --noprofile --norc -c \(Self.quote(command))"])
        do {
            startedPIDs = try display("#{pid} #{pane_pid}").split(separator: " ").compactMap { pid_t($0) }
            try tmux(["set-option", "-t", name, "remain-on-exit", "on"])
            // Deliver Esc at once: tmux would otherwise hold it 500 ms and glue it to the next key.
            try tmux(["set-option", "-s", "escape-time", "0"])
        } catch {
            close()
            throw error
        }
    }

    /// The tmux server and the pane's first process: everything the terminal runs is below them.
    var processIDs: [pid_t] { startedPIDs }

    /// Ends the tmux server and everything running in its pane (the program under test
    /// included), waits until they are gone, and kills with SIGKILL whatever outlives a grace
    /// period. Safe to call more than once.
    func close() {
        guard !isClosed else { return }
        isClosed = true
        let everything = Array(Set(startedPIDs.flatMap { ProcessTree.withDescendants(of: $0) }))
        _ = try? tmux(["kill-server"])
        ProcessTree.end(everything)
        try? FileManager.default.removeItem(atPath: socket)
    }

    /// Types keys as tmux names them (`Down`, `NPage`, `Enter`, `Escape`, `Tab`, `C-c`) or literal text.
    func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", name] + keys)
    }

    /// Sends raw bytes, each a hex pair (`"1b", "5b", "42"` is `ESC [ B`), as a terminal would.
    func sendBytes(_ hexPairs: [String]) throws {
        try tmux(["send-keys", "-t", name, "-H"] + hexPairs)
    }

    /// Types `text` literally, character by character.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", name, "-l", text])
    }

    /// Pastes `text` the way a terminal does: bracketed (`ESC[200~ … ESC[201~`) when the
    /// program asked for bracketed paste, raw otherwise.
    func paste(_ text: String) throws {
        try tmux(["set-buffer", "-b", "dialtone-test", "--", text])
        try tmux(["paste-buffer", "-p", "-d", "-b", "dialtone-test", "-t", name])
    }

    /// The visible screen as plain text.
    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", name])
    }

    /// The screen and the lines scrolled off above it, for output that may have scrolled away.
    func screenAndHistory() throws -> String {
        try tmux(["capture-pane", "-p", "-S", "-", "-t", name])
    }

    /// The visible screen with colour escapes (to check that none are sent under NO_COLOR).
    func screenWithEscapes() throws -> String {
        try tmux(["capture-pane", "-p", "-e", "-t", name])
    }

    /// A tmux format expanded for the pane (`#{alternate_on}`, `#{cursor_flag}`).
    func display(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", name, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The start of every paste buffer's text, newest first (OSC 52 writes one under `set-clipboard on`).
    func bufferSamples() throws -> [String] {
        try tmux(["list-buffers", "-F", "#{buffer_sample}"]).split(separator: "\n").map(String.init)
    }

    func resize(columns: Int, rows: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", String(columns), "-y", String(rows)])
    }

    /// Waits until `predicate` holds for the screen; returns that screen, or throws with the last one.
    @discardableResult
    func waitFor(_ what: String, timeout: Duration = .seconds(20), _ predicate: (String) -> Bool) async throws -> String {
        let deadline = ContinuousClock.now + timeout
        var last = ""
        while ContinuousClock.now < deadline {
            last = try screen()
            if predicate(last) { return last }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw TmuxError("timed out waiting for \(what); screen was:\n\(last)")
    }

    /// Waits until the screen shows `text`.
    @discardableResult
    func waitFor(text: String, timeout: Duration = .seconds(20)) async throws -> String {
        try await waitFor("\"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    /// Runs one tmux command with posix_spawn + waitpid. (Foundation's `Process` can wait
    /// forever here: `new-session` forks the tmux server, which inherits its exit-watch pipe.)
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString).out").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // The test runner's threads block and ignore most signals; a tmux server that inherited
        // that would never reap its panes nor exit on kill-server. Start it with a clean slate.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        var all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = (["tmux", "-S", socket] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        guard posix_spawnp(&pid, "tmux", &actions, &attributes, argv, environ) == 0 else { throw TmuxError("cannot start tmux") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        guard status == 0 else { throw TmuxError("tmux \(arguments.first ?? "") failed (status \(status))") }
        return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }

    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

struct TmuxError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
