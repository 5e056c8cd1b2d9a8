import Foundation

/// A server a test starts that announces itself on its first line of output (a port, a URL).
enum AnnouncingProcess {
    /// Runs `process` with its output to a pipe and its input and errors to `/dev/null`, and
    /// returns what it printed up to its first newline: less when it closed its output, or when
    /// `deadline` passed between two chunks of output.
    static func start(_ process: Process, deadline: Date = .distantFuture) throws -> String {
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        try process.run()
        var text = ""
        while Date() < deadline, !text.contains("\n") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        return text
    }
}
