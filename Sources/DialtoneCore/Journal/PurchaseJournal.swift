import Foundation
import Synchronization

/// The append-only record of purchases: JSON lines at `$XDG_STATE_HOME/dialtone/purchases.jsonl`
/// (the built-in sandbox's purchases go to `sandbox-purchases.jsonl` beside it).
///
/// Several processes share it: every append and read holds a `flock` (see `JournalFile`), and
/// the sender of a POST holds an `IntentLock` until its outcome is written. Lines that cannot
/// be read (a torn write, a hand edit) are counted and reported, never silently dropped.
public final class PurchaseJournal: Sendable {
    /// The journal file.
    public let path: String
    /// Serialises this process's appends (flock serialises processes).
    private let lock = Mutex(())

    /// A journal at `path` (tests pass a temporary file).
    public init(path: String) {
        self.path = path
    }

    /// `$XDG_STATE_HOME/dialtone/purchases.jsonl`, else `~/.local/state/dialtone/purchases.jsonl`;
    /// `sandbox-purchases.jsonl` for the built-in sandbox.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment, sandbox: Bool = false) -> String {
        XDGDirectories.state(environment).appendingPathComponent(sandbox ? "dialtone/sandbox-purchases.jsonl" : "dialtone/purchases.jsonl").path
    }

    /// Appends one line and fsyncs it. Throws `DialtoneError(.configuration)` naming the file on failure.
    ///
    /// `admitting`, when given, sees the journal as it stands under the exclusive lock the
    /// append holds, and may throw to write nothing (a spend limit): two processes can never
    /// both pass it.
    public func append(_ entry: JournalEntry, admitting: ((JournalContents) throws -> Void)? = nil) throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var line = try encoder.encode(entry)
        line.append(UInt8(ascii: "\n"))
        let check = admitting.map { admitting in { (data: Data) throws in try admitting(Self.decode(data)) } }
        try lock.withLock { _ in try JournalFile.append(line, to: path, admitting: check) }
    }

    /// Takes the lock of `intent`, then appends it (once `admitting` lets it, see `append`),
    /// before its one request is sent. The lock is released again when anything throws.
    public func openIntent(_ intent: JournalEntry, admitting: ((JournalContents) throws -> Void)? = nil) throws -> IntentLock {
        // The lock comes first: no other process may see the intent unlocked and settle it.
        let held = try lockIntent(intent.id)
        do {
            try append(intent, admitting: admitting)
        } catch {
            held.release()
            throw error
        }
        return held
    }

    /// Every line in file order, and how many could not be read. A missing file is an empty journal.
    public func read() throws -> JournalContents {
        guard let data = try JournalFile.contents(of: path) else { return JournalContents(entries: [], unreadableLines: 0) }
        return Self.decode(data)
    }

    private static func decode(_ data: Data) -> JournalContents {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        var contents = JournalContents(entries: [], unreadableLines: 0)
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.allSatisfy({ $0 == UInt8(ascii: " ") }) {
            if let entry = try? decoder.decode(JournalEntry.self, from: line) {
                contents.entries.append(entry)
            } else {
                contents.unreadableLines += 1
            }
        }
        return contents
    }

    /// Takes the lock of intent `id` for this process, waiting if another holder has it.
    public func lockIntent(_ id: UUID) throws -> IntentLock {
        guard let lock = try IntentLock.take(id, journalPath: path, wait: true) else {
            throw JournalFile.failure(path, "cannot lock intent \(id)")
        }
        return lock
    }

    /// Takes the lock of intent `id` if no other process or task holds it; `nil` when one does.
    public func tryLockIntent(_ id: UUID) throws -> IntentLock? {
        try IntentLock.take(id, journalPath: path, wait: false)
    }
}

/// What a read of the journal found.
public struct JournalContents: Sendable, Hashable {
    /// Every readable line, in file order.
    public var entries: [JournalEntry]
    /// Lines that are not a journal entry (torn by a crash, or edited by hand).
    public var unreadableLines: Int

    public init(entries: [JournalEntry], unreadableLines: Int) {
        self.entries = entries
        self.unreadableLines = unreadableLines
    }

    /// Intents with no later line that settles them (`done`, `failed`, `reconciled_*`), oldest first.
    public var unresolvedIntents: [JournalEntry] {
        let settled = Set(entries.filter(\.state.resolves).map(\.id))
        return entries.filter { $0.state == .intent && !settled.contains($0.id) }
    }

    /// Whether the intent `id` has a line that settles it.
    public func isResolved(_ id: UUID) -> Bool {
        entries.contains { $0.id == id && $0.state.resolves }
    }

    /// `12 lines, 1 purchase not yet settled`: how much the journal holds, for `doctor` and `config`.
    public var countsSummary: String {
        let open = unresolvedIntents.count
        return Plural.count(entries.count, "line") + (open > 0 ? ", \(Plural.count(open, "purchase")) not yet settled" : "")
    }

    /// A warning for people when some lines could not be read.
    public func warning(path: String) -> String? {
        guard unreadableLines > 0 else { return nil }
        let verb = unreadableLines == 1 ? "was" : "were"
        return "purchase journal \(path): \(Plural.count(unreadableLines, "line")) could not be read and \(verb) skipped; check the file"
    }
}
