import Foundation
import GRDB

/// Opens the sandbox's SQLite database and seeds it once per (schema, seed, counts).
enum SandboxDatabase {
    /// A ready database: in memory, or the file at `path` (created with its folder if missing).
    ///
    /// A file already seeded with the same parameters is reused as is, so later starts are fast;
    /// one seeded differently is erased and seeded again. A file that is not a sandbox database
    /// (`SandboxFileCheck`) is refused before anything is written to it.
    static func open(path: String, plan: SeedPlan, seed: UInt64) throws -> any DatabaseWriter {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        let writer: any DatabaseWriter
        var verdict = SandboxFileCheck.Verdict.new
        if path == ":memory:" {
            writer = try DatabaseQueue(configuration: configuration)
        } else {
            verdict = try SandboxFileCheck.inspect(path: path)
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
            writer = try DatabasePool(path: path, configuration: configuration)
        }
        let fingerprint = "\(SandboxSchema.version)/\(seed)/\(plan.fingerprint)"
        let current = try writer.read { db in
            try db.tableExists("meta")
                ? try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'fingerprint'") : nil
        }
        let mark = "PRAGMA application_id = \(SandboxFileCheck.applicationID)"
        guard current != fingerprint else {
            if verdict == .unmarked { try writer.writeWithoutTransaction { try $0.execute(sql: mark) } }
            return writer
        }
        try writer.erase()
        try writer.write { db in
            try SandboxSeeder.seed(db, plan: plan, seed: seed)
            try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('fingerprint', ?)", arguments: [fingerprint])
        }
        try writer.writeWithoutTransaction { try $0.execute(sql: mark) }
        return writer
    }
}
