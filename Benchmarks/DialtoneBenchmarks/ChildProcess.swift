import Foundation

/// Runs a program with its output (stdout and stderr together) captured in a temporary file.
enum ChildProcess {
    struct Finished: Sendable {
        var status: Int32
        /// Ended by a signal (`status` is then the signal's number).
        var signalled: Bool
        var output: String
        var milliseconds: Double

        /// `exit N`, or `signal N` for a program a signal ended.
        var exitDescription: String { "\(signalled ? "signal" : "exit") \(status)" }

        /// Whether the program exited by itself with `code`: a signal's number never passes
        /// for an exit status.
        func exited(_ code: Int32) -> Bool { !signalled && status == code }

        /// What the program said last (its error, with `--json`).
        var lastLine: String { output.split(separator: "\n").last.map(String.init) ?? "nothing said" }
    }

    /// A started program. `Process` is safe to signal and wait on from any thread, which is all
    /// this handle does with it.
    final class Running: @unchecked Sendable {
        private let process: Process
        private let outputPath: String
        private let started = ContinuousClock.now

        fileprivate init(_ path: String, _ arguments: [String], environment: [String: String]) throws {
            process = Process()
            process.executableURL = URL(fileURLWithPath: path)
            process.arguments = arguments
            process.environment = environment
            outputPath = NSTemporaryDirectory() + "dialtone-bench-child-\(UUID().uuidString)"
            guard FileManager.default.createFile(atPath: outputPath, contents: nil) else {
                throw BenchmarkFailure("cannot create \(outputPath) for the output of \(path)")
            }
            let output = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
            process.standardOutput = output
            process.standardError = output
            process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
            try process.run()
            try output.close()
        }

        var isRunning: Bool { process.isRunning }

        /// Sends SIGKILL; returns whether the program was still running to receive it.
        func sigkill() -> Bool {
            guard process.isRunning else { return false }
            return kill(process.processIdentifier, SIGKILL) == 0
        }

        /// Blocks until the program ends.
        func waitBlocking() -> Finished {
            process.waitUntilExit()
            let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
            try? FileManager.default.removeItem(atPath: outputPath)
            return Finished(
                status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal, output: output,
                milliseconds: Measure.milliseconds(ContinuousClock.now - started))
        }

        /// Waits for the program to end on a dispatch thread, never on the cooperative pool.
        func finished() async -> Finished {
            await withCheckedContinuation { continuation in
                DispatchQueue.global().async { continuation.resume(returning: self.waitBlocking()) }
            }
        }
    }

    static func start(_ path: String, _ arguments: [String], environment: [String: String]) throws -> Running {
        try Running(path, arguments, environment: environment)
    }

    static func run(_ path: String, _ arguments: [String], environment: [String: String]) throws -> Finished {
        try start(path, arguments, environment: environment).waitBlocking()
    }
}
