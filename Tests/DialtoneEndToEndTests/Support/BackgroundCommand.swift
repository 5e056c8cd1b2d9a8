import Foundation

/// A `dialtone` command left running while the test does other things, so it can be killed
/// mid-flight. Its output is discarded. Tests call `stop()` on every path (a no-op once it ended).
final class BackgroundCommand {
    private let process = Process()

    /// Starts `cli`'s executable with `arguments` in `cli`'s environment, standard input from `/dev/null`.
    init(_ cli: CLIRunner, _ arguments: [String]) throws {
        process.executableURL = URL(fileURLWithPath: cli.executable)
        process.arguments = arguments
        process.environment = cli.environment
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
    }

    var isRunning: Bool { process.isRunning }

    var pid: pid_t { process.processIdentifier }

    /// Stops the process where it is (SIGSTOP) until `resume()`.
    func suspend() { kill(process.processIdentifier, SIGSTOP) }

    /// Lets a suspended process go on (SIGCONT).
    func resume() { kill(process.processIdentifier, SIGCONT) }

    /// Waits, on a dispatch thread (never the cooperative pool), until the process ends by
    /// itself; its exit status.
    func exitStatus() async -> Int32 {
        let process = process
        return await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                process.waitUntilExit()
                continuation.resume(returning: process.terminationStatus)
            }
        }
    }

    /// Sends SIGKILL and waits; returns the signal that ended the process, or `nil` if it had
    /// already exited by itself.
    func sigkill() -> Int32? {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal ? process.terminationStatus : nil
    }

    /// Ends the process if it still runs (SIGTERM, then SIGKILL after a grace period) and waits for it.
    func stop() {
        guard process.isRunning else { return }
        resume()  // a suspended process would not act on SIGTERM
        process.terminate()
        ProcessTree.end([process.processIdentifier])
        process.waitUntilExit()
    }
}
