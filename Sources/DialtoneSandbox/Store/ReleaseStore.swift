import Foundation
import GRDB

/// Releases, each in one transaction.
///
/// A Plivo number (and a Vobiz one when the cooldown is zero) leaves the account at once and goes
/// back to stock. A Vobiz number otherwise enters `pending_release` (PROVIDERS.md): it stays the
/// account's until its cooldown ends, a number under a minimum commitment is charged its release
/// fee, and `cancelRelease` restores it and refunds the fee until then. Fees already paid for the
/// purchase stay paid. A number seeded as owned releases the same way (`Ledger.openPurchase`).
enum ReleaseStore {
    /// What a release attempt came to.
    enum Outcome: Sendable {
        /// Gone from the account.
        case released(NumberRecord)
        /// Still the account's until `cooldownEndsAt`, `fee` charged (zero when none).
        case pending(NumberRecord, fee: MinorUnits, cooldownEndsAt: String)
        /// None of `owners` holds the number.
        case notOwned
        /// The number is already pending release.
        case alreadyPending
        /// The payer cannot cover the release fee; nothing changed.
        case insufficientBalance(fee: MinorUnits, currency: String)
    }

    /// What a cancel-release attempt came to.
    enum CancelOutcome: Sendable {
        /// Active again, `refunded` given back (zero when no fee was charged).
        case restored(NumberRecord, refunded: MinorUnits)
        /// None of `owners` holds the number (its cooldown may have ended).
        case notOwned
        /// The number is owned but not pending release.
        case notPending
    }

    /// A release through the routes: the injected commit faults, then `release` at the
    /// sandbox's current time with its cooldown.
    static func commit(
        _ e164: String, provider: Provider, owners: [String], state: SandboxState, context: SandboxRequestContext
    ) async throws -> Outcome {
        try await CommitFaults.beforeCommit(state, context: context)
        let now = Date()
        let cooldown = provider == .vobiz ? state.releaseCooldown : .zero
        let outcome = try await state.database.write { db in
            try release(e164, provider: provider, owners: owners, now: now, cooldown: cooldown, db)
        }
        if case .pending(_, _, let ends) = outcome, let end = SandboxClock.date(ends) { state.cooldowns.note(end) }
        return outcome
    }

    /// Releases `e164` of `provider` when one of `owners` (an account and its sub-accounts) holds
    /// it: at once when `cooldown` is zero, else into `pending_release` until `now + cooldown`.
    static func release(
        _ e164: String, provider: Provider, owners: [String], now: Date, cooldown: Duration, _ db: Database
    ) throws -> Outcome {
        guard var record = try held(e164, provider: provider, owners: owners, db) else { return .notOwned }
        guard record.status != "pending_release" else { return .alreadyPending }
        guard cooldown > .zero else {
            try leave(record, at: SandboxClock.timestamp(now), db)
            record.owner = nil
            record.status = "active"
            record.purchasedAt = nil
            (record.trunkGroupID, record.application, record.alias) = (nil, nil, nil)
            return .released(record)
        }
        let fee = record.minimumCommitmentMonths > 0 ? record.monthlyFee : .zero
        let (purchaseID, payer) = try Ledger.openPurchase(of: record, at: SandboxClock.timestamp(now), db)
        if fee > .zero {
            let balance = try Ledger.balance(db, account: payer, currency: record.currency) ?? .zero
            guard balance >= fee else { return .insufficientBalance(fee: fee, currency: record.currency) }
            try Ledger.charge(db, purchaseID: purchaseID, payer: payer, currency: record.currency, amount: fee, reason: Ledger.releaseFee)
        }
        let ends = SandboxClock.timestamp(now.addingTimeInterval(cooldown.seconds))
        try db.execute(sql: "UPDATE numbers SET status = 'pending_release' WHERE id = ?", arguments: [record.id])
        try db.execute(
            sql: """
                INSERT INTO releases (number_id, purchase_id, payer_id, currency, fee, requested_at, cooldown_ends_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [record.id, purchaseID, payer, record.currency, fee.value, SandboxClock.timestamp(now), ends])
        record.status = "pending_release"
        return .pending(record, fee: fee, cooldownEndsAt: ends)
    }

    /// Cancels the pending release of `e164` by one of `owners`: active again, fee refunded.
    static func cancelRelease(_ e164: String, owners: [String], now: Date, _ db: Database) throws -> CancelOutcome {
        try completeDue(now: now, db)
        guard var record = try held(e164, provider: .vobiz, owners: owners, db) else { return .notOwned }
        guard let pending = try Row.fetchOne(
            db, sql: "SELECT id, purchase_id, payer_id, currency, fee FROM releases WHERE number_id = ? AND state = 'pending'",
            arguments: [record.id])
        else { return .notPending }
        let (releaseID, purchaseID, payer, currency, fee): (Int64, Int64, String, String, Int64) =
            (pending[0], pending[1], pending[2], pending[3], pending[4])
        if fee > 0 {
            try Ledger.refund(db, purchaseID: purchaseID, payer: payer, currency: currency, amount: MinorUnits(fee), reason: Ledger.releaseFee)
        }
        try db.execute(
            sql: "UPDATE releases SET state = 'cancelled', ended_at = ? WHERE id = ?",
            arguments: [SandboxClock.timestamp(now), releaseID])
        try db.execute(sql: "UPDATE numbers SET status = 'active' WHERE id = ?", arguments: [record.id])
        record.status = "active"
        return .restored(record, refunded: MinorUnits(fee))
    }

    /// Every pending release whose cooldown has ended leaves its account; returns the earliest
    /// cooldown still running, if any.
    @discardableResult
    static func completeDue(now: Date, _ db: Database) throws -> Date? {
        let stamp = SandboxClock.timestamp(now)
        let due = try Row.fetchAll(
            db, sql: "SELECT id, number_id FROM releases WHERE state = 'pending' AND cooldown_ends_at <= ?", arguments: [stamp])
        for row in due {
            let (releaseID, numberID): (Int64, Int64) = (row[0], row[1])
            let sql = "SELECT \(NumberRecord.columns) FROM numbers WHERE id = ?"
            if let record = try Row.fetchOne(db, sql: sql, arguments: [numberID]).map(NumberRecord.init(row:)) {
                try leave(record, at: stamp, db)
            }
            try db.execute(sql: "UPDATE releases SET state = 'completed', ended_at = ? WHERE id = ?", arguments: [stamp, releaseID])
        }
        return try String.fetchOne(
            db, sql: "SELECT min(cooldown_ends_at) FROM releases WHERE state = 'pending'"
        ).flatMap(SandboxClock.date)
    }

    /// When the pending releases of the numbers `ids` end their cooldown, by number id.
    static func cooldowns(of ids: [Int64], _ db: Database) throws -> [Int64: String] {
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
        let rows = try Row.fetchAll(
            db, sql: "SELECT number_id, cooldown_ends_at FROM releases WHERE state = 'pending' AND number_id IN (\(marks))",
            arguments: StatementArguments(ids))
        return Dictionary(rows.map { ($0[0], $0[1]) }, uniquingKeysWith: { first, _ in first })
    }

    /// The record of `e164` of `provider` held by one of `owners`, if any.
    static func held(_ e164: String, provider: Provider, owners: [String], _ db: Database) throws -> NumberRecord? {
        var listing = NumberQuery.owned(by: owners)
        listing.require("e164 = ?", [e164])
        listing.require("provider = ?", [provider.rawValue])
        return try listing.fetch(db, limit: 1, offset: 0).first
    }

    /// The number leaves its account, and its routing, and goes back to stock; its purchase is
    /// marked released.
    private static func leave(_ record: NumberRecord, at stamp: String, _ db: Database) throws {
        try db.execute(
            sql: """
                UPDATE numbers SET owner = NULL, status = 'active', purchased_at = NULL,
                    trunk_group_id = NULL, application = NULL, alias = NULL
                WHERE id = ? AND owner IS NOT NULL
                """,
            arguments: [record.id])
        guard db.changesCount == 1 else { return }
        try db.execute(
            sql: "UPDATE purchases SET released_at = ? WHERE number_id = ? AND released_at IS NULL", arguments: [stamp, record.id])
        var stocked = record
        stocked.owner = nil
        stocked.status = "active"
        if record.provider == .vobiz { try StockSearch.restore(stocked, db) }
    }
}
