import Foundation
import GRDB

/// Decides, without writing a byte, whether an existing file may become the sandbox database.
///
/// The sandbox erases and reseeds its database, so it must never be pointed at someone else's
/// data by a mistyped `--db`. A file is the sandbox's when it carries the marker
/// (`PRAGMA application_id`), or — written by an older build, before the marker — holds only the
/// sandbox's own tables. Anything else is refused and left exactly as it was.
enum SandboxFileCheck {
    /// `PRAGMA application_id` of every sandbox database: "DIAL".
    static let applicationID: Int32 = 0x4449_414C

    /// What the file at a path is.
    enum Verdict: Equatable {
        /// Missing or empty: the sandbox creates it.
        case new
        /// Carries the marker.
        case marked
        /// The sandbox's tables without the marker (an older build's database): adopted.
        case unmarked
    }

    /// The sandbox's tables, as `SandboxSchema` creates them (FTS shadow tables aside).
    static let ownTables: Set<String> = [
        "meta", "numbers", "numbers_fts", "stock_grams", "balances", "purchases", "ledger", "releases", "trunks", "applications",
    ]

    /// The verdict for `path`; throws a `SandboxError` naming the file when it is not ours.
    static func inspect(path: String) throws -> Verdict {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        guard let size = (attributes?[.size] as? NSNumber)?.intValue, size > 0 else { return .new }
        // A plain queue that only reads: the file is not written (a read-only connection cannot
        // read a WAL database whose side files are missing, which the sandbox's own may be).
        let found: (id: Int32, tables: [String])
        do {
            let queue = try DatabaseQueue(path: path)
            defer { try? queue.close() }
            found = try queue.read { db in
                let id = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                return (id, tables)
            }
        } catch {
            throw refusal(path, "it is not an SQLite database")
        }
        if found.id == applicationID { return .marked }
        let foreign = found.tables.filter { !ownTables.contains($0) && !$0.hasPrefix("numbers_fts_") }.sorted()
        if found.id != 0 { throw refusal(path, "it belongs to another application (application_id \(found.id))") }
        if !foreign.isEmpty { throw refusal(path, "it holds other tables (\(foreign.prefix(5).joined(separator: ", ")))") }
        if found.tables.isEmpty { return .new }
        guard found.tables.contains("meta") else { throw refusal(path, "it holds no sandbox metadata") }
        return .unmarked
    }

    private static func refusal(_ path: String, _ reason: String) -> SandboxError {
        SandboxError("refusing to use \(path) as the sandbox database: \(reason), and the sandbox would erase it. Pass --db with a new file or a Dialtone sandbox database.")
    }
}
