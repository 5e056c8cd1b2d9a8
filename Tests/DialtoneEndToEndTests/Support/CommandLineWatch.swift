import Foundation
import Synchronization

/// Watches what `ps` would show of `dialtone` while it runs: on its own thread, every few
/// milliseconds, it finds each process below `roots` whose executable is `program`, and records
/// the command line (`/proc/PID/cmdline`) of it and of every process below it. Tests stop it
/// with `stop()` on every path.
final class CommandLineWatch: Sendable {
    /// One process seen, with its command line's arguments joined by spaces.
    struct Seen: Sendable, Hashable {
        var pid: pid_t
        var commandLine: String
        /// Whether it is `program` itself rather than a process it started.
        var isProgram: Bool
    }

    private let seen = Mutex<Set<Seen>>([])
    private let running = Mutex(true)
    private let finished = DispatchSemaphore(value: 0)

    /// Starts watching at once. `roots` are where to look for `program` (the test process for
    /// commands it runs, the tmux server for the TUI).
    init(roots: [pid_t], program: String = CLIRunner.binary) {
        let programPath = URL(fileURLWithPath: program).resolvingSymlinksInPath().path
        Thread.detachNewThread { [self] in
            while running.withLock({ $0 }) {
                sample(roots: roots, program: programPath)
                usleep(2_000)
            }
            sample(roots: roots, program: programPath)
            finished.signal()
        }
    }

    /// Stops watching and returns every process seen.
    func stop() -> Set<Seen> {
        guard running.withLock({ running in defer { running = false }; return running }) else { return seen.withLock { $0 } }
        finished.wait()
        return seen.withLock { $0 }
    }

    /// Every process seen so far.
    var processes: Set<Seen> { seen.withLock { $0 } }

    private func sample(roots: [pid_t], program: String) {
        let below = Set(roots.flatMap(ProcessTree.withDescendants(of:)))
        // The executable reads "… (deleted)" once a rebuild replaced the file; it is still the program.
        let programs = below.filter { Self.executable(of: $0)?.hasPrefix(program) == true }
        for pid in Set(programs.flatMap(ProcessTree.withDescendants(of:))) {
            guard let commandLine = Self.commandLine(of: pid) else { continue }
            seen.withLock { _ = $0.insert(Seen(pid: pid, commandLine: commandLine, isProgram: programs.contains(pid))) }
        }
    }

    /// `/proc/PID/cmdline` with its NUL separators as spaces, as `ps` prints it.
    static func commandLine(of pid: pid_t) -> String? {
        guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline"), !data.isEmpty else { return nil }
        return String(decoding: data.map { $0 == 0 ? UInt8(ascii: " ") : $0 }, as: UTF8.self).trimmingCharacters(in: .whitespaces)
    }

    private static func executable(of pid: pid_t) -> String? {
        try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/exe")
    }
}
