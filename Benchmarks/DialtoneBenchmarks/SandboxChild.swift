import Foundation

/// `dialtone sandbox serve` in its own process, so what the benchmark measures about itself
/// (memory, CPU) is the client's alone. Stopped explicitly with `stop()`.
final class SandboxChild {
    private let process = Process()
    private let output = Pipe()
    /// `http://127.0.0.1:PORT`, read from the banner.
    let baseURL: String

    /// Starts the server with `arguments` after `sandbox serve --port 0` and waits (up to
    /// `timeout`, seeding included) until its banner names the base URL.
    init(dialtone: String, arguments: [String], timeout: Duration = .seconds(600)) throws {
        process.executableURL = URL(fileURLWithPath: dialtone)
        process.arguments = ["sandbox", "serve", "--port", "0"] + arguments
        process.standardOutput = output
        process.standardError = FileHandle.standardError
        try process.run()
        let deadline = ContinuousClock.now + timeout
        var text = ""
        while ContinuousClock.now < deadline {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
            if let range = text.range(of: #"http://127\.0\.0\.1:[0-9]+"#, options: .regularExpression) {
                baseURL = String(text[range])
                return
            }
        }
        process.terminate()
        process.waitUntilExit()
        throw BenchmarkFailure("sandbox serve did not announce its base URL: \(text.prefix(300))")
    }

    /// CPU seconds the server has used so far (`/proc/PID/stat` user + system time); `nil` when
    /// that cannot be read.
    var cpuSeconds: Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// Ends the server and waits for it.
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }
}
