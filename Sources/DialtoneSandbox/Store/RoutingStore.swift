import GRDB

/// Where owned numbers' calls go: the accounts' trunks and applications, and changes to a
/// number's routing, each in the caller's one transaction.
///
/// A number may be any the account or its sub-accounts hold, as with releases; the trunk or
/// application it is routed to must be the account's own (its list shows it) or that of the
/// sub-account holding the number.
enum RoutingStore {
    /// What a routing change came to.
    enum Outcome: Sendable {
        /// Changed (or already so); the number as it now is.
        case changed(NumberRecord)
        /// None of the owners holds the number.
        case numberNotHeld
        /// The trunk or application named is not the account's.
        case routeUnknown
        /// The number is pending release, so its routing cannot change.
        case pendingRelease
    }

    /// A change to one field: left as it is, cleared, or set.
    enum FieldChange: Sendable, Equatable {
        case keep, clear
        case set(String)
    }

    /// Rows `offset ..< offset + limit` of `account`'s trunks, in order, and how many it has.
    static func trunks(of account: String, limit: Int, offset: Int, _ db: Database) throws -> (records: [TrunkRecord], total: Int) {
        try page("trunks", TrunkRecord.columns, of: account, limit: limit, offset: offset, db, TrunkRecord.init(row:))
    }

    /// Rows `offset ..< offset + limit` of `account`'s applications, in order, and how many it has.
    static func applications(of account: String, limit: Int, offset: Int, _ db: Database) throws -> (records: [ApplicationRecord], total: Int) {
        try page("applications", ApplicationRecord.columns, of: account, limit: limit, offset: offset, db, ApplicationRecord.init(row:))
    }

    /// Application `appID` when it is `account`'s or `holder`'s (the account holding the number).
    static func application(_ appID: String, of account: String, orOf holder: String?, _ db: Database) throws -> ApplicationRecord? {
        try Row.fetchOne(
            db, sql: "SELECT \(ApplicationRecord.columns) FROM applications WHERE app_id = ? AND account_id IN (?, ?)",
            arguments: [appID, account, holder ?? account]
        ).map(ApplicationRecord.init(row:))
    }

    /// Puts Vobiz number `e164`, held by one of `owners`, on `account`'s trunk `trunkID`, or on
    /// none when `trunkID` is `nil`.
    static func assignTrunk(_ e164: String, trunkID: String?, account: String, owners: [String], _ db: Database) throws -> Outcome {
        guard var record = try ReleaseStore.held(e164, provider: .vobiz, owners: owners, db) else { return .numberNotHeld }
        guard record.status != "pending_release" else { return .pendingRelease }
        if let trunkID {
            let known = try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM trunks WHERE trunk_id = ? AND account_id IN (?, ?))",
                arguments: [trunkID, account, record.owner])
            guard known == true else { return .routeUnknown }
        }
        record.trunkGroupID = trunkID
        try db.execute(sql: "UPDATE numbers SET trunk_group_id = ? WHERE id = ?", arguments: [trunkID, record.id])
        return .changed(record)
    }

    /// Changes Plivo number `e164`, held by one of `owners`: the application it answers with
    /// (`appID`, one of `account`'s) and its alias.
    static func updatePlivoNumber(
        _ e164: String, appID: FieldChange, alias: FieldChange, account: String, owners: [String], _ db: Database
    ) throws -> Outcome {
        guard var record = try ReleaseStore.held(e164, provider: .plivo, owners: owners, db) else { return .numberNotHeld }
        switch appID {
        case .keep: break
        case .clear: record.application = nil
        case .set(let id):
            guard let app = try application(id, of: account, orOf: record.owner, db) else { return .routeUnknown }
            record.application = app.resourceURI
        }
        switch alias {
        case .keep: break
        case .clear: record.alias = nil
        case .set(let text): record.alias = text
        }
        try db.execute(
            sql: "UPDATE numbers SET application = ?, alias = ? WHERE id = ?", arguments: [record.application, record.alias, record.id])
        return .changed(record)
    }

    private static func page<Record>(
        _ table: String, _ columns: String, of account: String, limit: Int, offset: Int, _ db: Database, _ make: (Row) -> Record
    ) throws -> (records: [Record], total: Int) {
        let rows = try Row.fetchAll(
            db, sql: "SELECT \(columns) FROM \(table) WHERE account_id = ? ORDER BY position LIMIT ? OFFSET ?",
            arguments: [account, limit, offset])
        let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table) WHERE account_id = ?", arguments: [account]) ?? 0
        return (rows.map(make), total)
    }
}
