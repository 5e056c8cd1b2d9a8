import GRDB

/// One page of a listing and the total behind it.
struct NumberPage: Sendable {
    var records: [NumberRecord]
    var total: Int
}

/// Vobiz's inventory search: a substring of the E.164 number, fast at a million numbers.
///
/// Searches of 3+ characters go through the FTS5 trigram index (page and count both answered by
/// the index); 1–2 characters scan the stock index in order, which finds a page within a few
/// hundred rows, and take the total from `stock_grams` instead of counting.
enum StockSearch {
    /// Numbers in Vobiz's stock, optionally in `country` and containing `search` (`+`? digits).
    static func vobiz(_ db: Database, country: String?, search: String?, limit: Int, offset: Int) throws -> NumberPage {
        guard let search, !search.isEmpty else {
            return try scan(db, country: country, substring: nil, gram: "+", limit: limit, offset: offset)
        }
        if search.count <= 2 {
            return try scan(db, country: country, substring: search, gram: search, limit: limit, offset: offset)
        }
        var match = "e164 : \"\(search)\""
        if let country { match += " AND country_key : \"=\(country)\"" }
        let records = try Row.fetchAll(
            db,
            sql: """
                SELECT \(NumberRecord.columns) FROM numbers WHERE id IN (
                    SELECT rowid FROM numbers_fts WHERE numbers_fts MATCH ? ORDER BY rowid LIMIT ? OFFSET ?
                ) ORDER BY id
                """,
            arguments: [match, limit, offset]
        ).map(NumberRecord.init(row:))
        let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM numbers_fts WHERE numbers_fts MATCH ?", arguments: [match])
        return NumberPage(records: records, total: total ?? 0)
    }

    private static func scan(
        _ db: Database, country: String?, substring: String?, gram: String, limit: Int, offset: Int
    ) throws -> NumberPage {
        var query = NumberQuery.stock(of: .vobiz)
        var gramSQL = "SELECT COALESCE(SUM(available), 0) FROM stock_grams WHERE gram = ?"
        var gramArguments: StatementArguments = [gram]
        if let country {
            query.require("country = ?", [country])
            gramSQL += " AND country = ?"
            gramArguments += [country]
        }
        if let substring { query.require("instr(e164, ?) > 0", [substring]) }
        let total = try Int.fetchOne(db, sql: gramSQL, arguments: gramArguments) ?? 0
        return NumberPage(records: try query.fetch(db, limit: limit, offset: offset), total: total)
    }

    /// Puts a released Vobiz number back into the search structures (same transaction as the release).
    static func restore(_ record: NumberRecord, _ db: Database) throws {
        try db.execute(
            sql: "INSERT INTO numbers_fts (rowid, e164, country_key) VALUES (?, ?, ?)",
            arguments: [record.id, record.e164, "=" + record.country])
        for gram in SandboxSchema.shortGrams(of: record.e164) {
            try db.execute(
                sql: """
                    INSERT INTO stock_grams (country, gram, available) VALUES (?, ?, 1)
                    ON CONFLICT (country, gram) DO UPDATE SET available = available + 1
                    """,
                arguments: [record.country, String(gram)])
        }
    }

    /// Takes a sold Vobiz number out of the search structures (same transaction as the sale).
    static func remove(_ record: NumberRecord, _ db: Database) throws {
        try db.execute(
            sql: "INSERT INTO numbers_fts (numbers_fts, rowid, e164, country_key) VALUES ('delete', ?, ?, ?)",
            arguments: [record.id, record.e164, "=" + record.country])
        for gram in SandboxSchema.shortGrams(of: record.e164) {
            try db.execute(
                sql: "UPDATE stock_grams SET available = available - 1 WHERE country = ? AND gram = ?",
                arguments: [record.country, String(gram)])
        }
    }
}
