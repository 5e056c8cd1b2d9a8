import Foundation

/// Runs a program to completion with its output captured.
enum ChildProcess {
    struct Finished {
        var status: Int32
        var output: String
        var milliseconds: Double
    }

    static func run(_ path: String, _ arguments: [String], environment: [String: String]) throws -> Finished {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        let start = ContinuousClock.now
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Finished(
            status: process.terminationStatus, output: String(decoding: data, as: UTF8.self),
            milliseconds: Measure.milliseconds(ContinuousClock.now - start))
    }
}
