import GRDB

/// A release, in one transaction: the number leaves the account and goes back to stock. Fees
/// already paid stay paid; the purchase is marked released so the number can be sold again.
enum ReleaseStore {
    /// What a release attempt came to.
    enum Outcome: Sendable {
        case released(NumberRecord)
        /// None of `owners` holds the number.
        case notOwned
    }

    /// A release through the routes: the injected commit faults, then `release` at the
    /// sandbox's current time (also returned, for answers that name a time).
    static func commit(
        _ e164: String, provider: Provider, owners: [String], state: SandboxState, context: SandboxRequestContext
    ) async throws -> (Outcome, String) {
        try await CommitFaults.beforeCommit(state, context: context)
        let now = state.timestamp()
        let outcome = try await state.database.write { db in try release(e164, provider: provider, owners: owners, now: now, db) }
        return (outcome, now)
    }

    /// Releases `e164` of `provider` when one of `owners` (an account and its sub-accounts) holds it.
    static func release(_ e164: String, provider: Provider, owners: [String], now: String, _ db: Database) throws -> Outcome {
        var listing = NumberQuery.owned(by: owners)
        listing.require("e164 = ?", [e164])
        listing.require("provider = ?", [provider.rawValue])
        guard var record = try listing.fetch(db, limit: 1, offset: 0).first else { return .notOwned }
        try db.execute(
            sql: "UPDATE numbers SET owner = NULL, status = 'active', purchased_at = NULL WHERE id = ? AND owner IS NOT NULL",
            arguments: [record.id])
        guard db.changesCount == 1 else { return .notOwned }
        try db.execute(
            sql: "UPDATE purchases SET released_at = ? WHERE number_id = ? AND released_at IS NULL", arguments: [now, record.id])
        record.owner = nil
        record.status = "active"
        record.purchasedAt = nil
        if provider == .vobiz { try StockSearch.restore(record, db) }
        return .released(record)
    }
}
