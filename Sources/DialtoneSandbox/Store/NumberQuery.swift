import GRDB

/// A filtered listing of `numbers` in `(country, e164)` order (owned lists: by owner first):
/// the one place list SQL is built.
struct NumberQuery: Sendable {
    private var conditions: [String]
    private var arguments: StatementArguments
    /// `ORDER BY` columns: always an index's own order, so a page never sorts the whole list.
    private let order: String

    private init(_ condition: String, _ arguments: StatementArguments, order: String = "country, e164") {
        conditions = [condition]
        self.arguments = arguments
        self.order = order
    }

    /// Numbers `provider` has in stock (the `numbers_stock` partial index).
    static func stock(of provider: Provider) -> NumberQuery {
        NumberQuery("provider = ? AND owner IS NULL AND status = 'active'", [provider.rawValue])
    }

    /// Numbers owned by any of `owners`, each owner's in turn (the `numbers_owner` index order:
    /// a main account's list with its sub-accounts' pages without sorting 100 000 rows a page).
    static func owned(by owners: [String]) -> NumberQuery {
        NumberQuery("owner IN (\(placeholders(owners.count)))", StatementArguments(owners), order: "owner, country, e164")
    }

    /// Adds an `AND` condition with its arguments.
    mutating func require(_ condition: String, _ values: [(any DatabaseValueConvertible)?] = []) {
        conditions.append(condition)
        arguments += StatementArguments(values)
    }

    /// Restricts to any of `types` (no-op when empty).
    mutating func require(types: [NumberType]) {
        guard !types.isEmpty else { return }
        require("type IN (\(Self.placeholders(types.count)))", types.map(\.rawValue))
    }

    /// Restricts to numbers with every capability in `services` (`voice`, `sms`, `mms`).
    mutating func require(services: Set<String>) {
        for service in ["voice", "sms", "mms"] where services.contains(service) { require("\(service) = 1") }
    }

    /// Restricts to numbers whose E.164 form starts with `prefix` (a range the indexes can use).
    mutating func require(prefix: String) {
        require("e164 >= ? AND e164 < ?", [prefix, prefix + ":"])
    }

    /// One page of rows.
    func fetch(_ db: Database, limit: Int, offset: Int) throws -> [NumberRecord] {
        let sql = "SELECT \(NumberRecord.columns) FROM numbers WHERE \(whereClause) ORDER BY \(order) LIMIT ? OFFSET ?"
        return try Row.fetchAll(db, sql: sql, arguments: arguments + [limit, offset]).map(NumberRecord.init(row:))
    }

    /// How many rows match.
    func count(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM numbers WHERE \(whereClause)", arguments: arguments) ?? 0
    }

    private var whereClause: String { conditions.joined(separator: " AND ") }

    /// What tells two listings apart (`OwnedListingCache`).
    var cacheKey: String { "\(whereClause) ORDER BY \(order) \(arguments)" }

    private static func placeholders(_ count: Int) -> String { Array(repeating: "?", count: count).joined(separator: ",") }
}
