import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The append-only record of purchases: JSON lines at `$XDG_STATE_HOME/dialtone/purchases.jsonl`.
///
/// Each line is written with one `write(2)` on an `O_APPEND` descriptor and fsynced, so an
/// intent is on disk before its request leaves, and a crash can at worst tear the last line
/// (which the reader skips). The file is created with mode 0600, its folder with 0700.
public final class PurchaseJournal: Sendable {
    /// The journal file.
    public let path: String
    private let lock = Mutex(())

    /// A journal at `path` (tests pass a temporary file).
    public init(path: String) {
        self.path = path
    }

    /// `$XDG_STATE_HOME/dialtone/purchases.jsonl`, else `~/.local/state/dialtone/purchases.jsonl`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let state = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state"
        return state + "/dialtone/purchases.jsonl"
    }

    /// Appends one line and fsyncs it. Throws `DialtoneError(.configuration)` naming the file on failure.
    public func append(_ entry: JournalEntry) throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var line = try encoder.encode(entry)
        line.append(UInt8(ascii: "\n"))
        try lock.withLock { _ in try appendLine(line) }
    }

    private func appendLine(_ line: Data) throws {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure("cannot open") }
        defer { close(descriptor) }
        let written = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == line.count else { throw failure("cannot write") }
        guard fsync(descriptor) == 0 else { throw failure("cannot fsync") }
    }

    private func failure(_ what: String) -> DialtoneError {
        DialtoneError(.configuration, detail: "purchase journal \(path): \(what): \(String(cString: strerror(errno)))")
    }

    /// Every readable line in file order; a missing file is an empty journal, torn lines are skipped.
    public func entries() throws -> [JournalEntry] {
        let data: Data
        do {
            data = try lock.withLock { _ in try Data(contentsOf: URL(fileURLWithPath: path)) }
        } catch CocoaError.fileReadNoSuchFile {
            return []
        } catch {
            throw DialtoneError(.configuration, detail: "purchase journal \(path): cannot read")
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return data.split(separator: UInt8(ascii: "\n")).compactMap { try? decoder.decode(JournalEntry.self, from: $0) }
    }

    /// Intents with no later line that settles them (`done`, `failed`, `reconciled_*`), oldest first.
    public func unresolvedIntents() throws -> [JournalEntry] {
        let all = try entries()
        let settled = Set(all.filter(\.state.resolves).map(\.id))
        return all.filter { $0.state == .intent && !settled.contains($0.id) }
    }
}
