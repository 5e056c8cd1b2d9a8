import Foundation
import Logging
import Synchronization

/// Dialtone's logging: off by default, and when on, redacted lines appended to a file — never
/// the terminal, which the TUI owns.
public enum DialtoneLog {
    private static let destination = Mutex<FileLogDestination?>(nil)

    /// Starts logging to `path` at `level`. Call once at start-up, before loggers are made.
    public static func enable(path: String, level: Logger.Level) throws {
        let file = try FileLogDestination(path: path, level: level)
        destination.withLock { $0 = file }
    }

    /// A logger for `label`: writes to the log file when logging is enabled, else nowhere.
    public static func logger(_ label: String) -> Logger {
        guard let file = destination.withLock({ $0 }) else {
            return Logger(label: "dialtone.\(label)", factory: { _ in SwiftLogNoOpLogHandler() })
        }
        var logger = Logger(label: "dialtone.\(label)", factory: { RedactingFileLogHandler(label: $0, destination: file) })
        logger.logLevel = file.level
        return logger
    }
}

/// An append-only log file shared by every handler.
final class FileLogDestination: Sendable {
    let level: Logger.Level
    private let handle: Mutex<FileHandle>

    init(path: String, level: Logger.Level) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        if !FileManager.default.fileExists(atPath: path) {
            _ = FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
        }
        let handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
        self.handle = Mutex(handle)
        self.level = level
    }

    func write(_ line: String) {
        handle.withLock { $0.write(Data(line.utf8)) }
    }
}

/// A swift-log handler that removes secrets, controls and escape sequences from every line
/// before writing it (a log is read with `tail` on a terminal).
struct RedactingFileLogHandler: LogHandler {
    let label: String
    let destination: FileLogDestination
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .info

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { $1 }
        let fields = merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        let time = Date().formatted(.iso8601)
        let line = "\(time) \(event.level) \(label): \(event.message)\(fields.isEmpty ? "" : " " + fields)"
        destination.write(Redactor.redact(line).terminalSafe + "\n")
    }
}
