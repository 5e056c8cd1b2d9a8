import Foundation

/// Processes seen through `/proc`, so a test can end everything it started and prove it did.
enum ProcessTree {
    /// The environment variable `scripts/test` sets to tag every process one test run starts;
    /// it checks afterwards that no process carrying it survived.
    static let runMarkerName = "DIALTONE_TEST_RUN"

    /// The run marker to pass on to a child whose environment is built from scratch.
    static var runMarker: [String: String] {
        ProcessInfo.processInfo.environment[runMarkerName].map { [runMarkerName: $0] } ?? [:]
    }

    /// `pid` and every process below it.
    static func withDescendants(of pid: pid_t) -> [pid_t] {
        var parents: [pid_t: [pid_t]] = [:]
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
            guard let child = pid_t(entry), let parent = parent(of: child) else { continue }
            parents[parent, default: []].append(child)
        }
        var found = [pid], next = 0
        while next < found.count {
            found += parents[found[next]] ?? []
            next += 1
        }
        return found
    }

    /// Whether `pid` is still running (a zombie counts as ended: it only waits to be reaped).
    static func isRunning(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        return !stat[close...].hasPrefix(") Z")
    }

    /// Waits up to `grace` for `pids` to end, then kills what is left with SIGKILL and waits
    /// for that too. Returns the pids that had to be killed.
    @discardableResult
    static func end(_ pids: [pid_t], grace: Duration = .seconds(3)) -> [pid_t] {
        let deadline = ContinuousClock.now + grace
        while ContinuousClock.now < deadline, pids.contains(where: isRunning) { usleep(20_000) }
        let stubborn = pids.filter(isRunning)
        for pid in stubborn { kill(pid, SIGKILL) }
        let killDeadline = ContinuousClock.now + .seconds(2)
        while ContinuousClock.now < killDeadline, stubborn.contains(where: isRunning) { usleep(20_000) }
        return stubborn
    }

    private static func parent(of pid: pid_t) -> pid_t? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        return fields.count > 1 ? pid_t(fields[1]) : nil
    }
}
