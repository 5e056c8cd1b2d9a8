import Foundation

/// Runs the built `dialtone` binary as a child process, as a script would.
struct CLIRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `dialtone` executable next to the test bundle (SwiftPM builds both into one folder).
    static var binary: String {
        if let path = ProcessInfo.processInfo.environment["DIALTONE_BINARY"] { return path }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !directory.path.isEmpty, directory.path != "/" {
            let candidate = directory.appendingPathComponent("dialtone")
            if FileManager.default.isExecutableFile(atPath: candidate.path), !candidate.hasDirectoryPath { return candidate.path }
            directory.deleteLastPathComponent()
        }
        return "dialtone"
    }

    /// A private home: config, data and state directories that belong to this test only.
    let home: URL
    var environment: [String: String]
    /// The program run: the built `dialtone` unless a test names another (the release binary, `ldd`).
    let executable: String

    init(executable: String = CLIRunner.binary, extra: [String: String] = [:]) throws {
        self.executable = executable
        home = FileManager.default.temporaryDirectory.appendingPathComponent("dialtone-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        environment = [
            "HOME": home.path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
            "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            "XDG_DATA_HOME": home.appendingPathComponent("data").path,
            "XDG_STATE_HOME": home.appendingPathComponent("state").path,
        ].merging(ProcessTree.runMarker) { $1 }.merging(extra) { $1 }
    }

    /// Runs `executable arguments…` with standard input from `/dev/null` (never a terminal).
    /// The blocking wait happens on a dispatch thread, never on the cooperative pool: the child
    /// may be talking to a sandbox served by this very test process.
    func run(_ arguments: [String]) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Swift.Result { try runBlocking(arguments) })
            }
        }
    }

    /// Runs a command that serves until stopped: once standard output holds `marker`, sends
    /// SIGTERM and returns what it printed.
    func runUntil(_ marker: String, _ arguments: [String]) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Swift.Result { try runBlocking(arguments, stopAt: marker) })
            }
        }
    }

    private func runBlocking(_ arguments: [String], stopAt marker: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        try process.run()
        if let marker {
            var seen = Data()
            while !String(decoding: seen, as: UTF8.self).contains(marker) {
                let chunk = out.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                seen += chunk
            }
            process.terminate()
            // A child that ignores SIGTERM must not hang the suite past its time limits.
            let pid = process.processIdentifier
            DispatchQueue.global().asyncAfter(deadline: .now() + 10) { if process.isRunning { kill(pid, SIGKILL) } }
            let rest = out.fileHandleForReading.readDataToEndOfFile()
            let stderrData = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Result(
                status: process.terminationStatus, stdout: String(decoding: seen + rest, as: UTF8.self),
                stderr: String(decoding: stderrData, as: UTF8.self))
        }
        // Read both pipes to the end before waiting, so a large output cannot block the child.
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: stdoutData, as: UTF8.self),
            stderr: String(decoding: stderrData, as: UTF8.self)
        )
    }

    /// The journal the binary writes.
    var journal: String {
        (try? String(contentsOfFile: journalPath, encoding: .utf8)) ?? ""
    }

    /// Where the binary keeps its journal.
    var journalPath: String { home.appendingPathComponent("state/dialtone/purchases.jsonl").path }
}
