import GRDB

/// Balances and the debits that explain them: `balance = opening − Σ ledger` for every account and
/// currency, which `isConsistent` checks.
enum Ledger {
    /// Who a purchase was for and who paid.
    struct Purchase {
        var numberID: Int64
        var accountID: String
        var payerID: String
        var currency: String
    }

    /// The balance of `account` in `currency`, or `nil` if it holds none.
    static func balance(_ db: Database, account: String, currency: String) throws -> MinorUnits? {
        try Int64.fetchOne(
            db, sql: "SELECT balance FROM balances WHERE account_id = ? AND currency = ?", arguments: [account, currency]
        ).map(MinorUnits.init)
    }

    /// Every balance of `account`, by currency.
    static func balances(_ db: Database, account: String) throws -> [(currency: String, balance: MinorUnits)] {
        try Row.fetchAll(
            db, sql: "SELECT currency, balance FROM balances WHERE account_id = ? ORDER BY currency", arguments: [account]
        ).map { ($0[0], MinorUnits($0[1])) }
    }

    /// Records a purchase and debits its payer by the sum of `lines` (zero lines are skipped).
    static func debit(_ db: Database, purchase: Purchase, lines: [(reason: String, amount: MinorUnits)], at time: String) throws {
        let total = lines.reduce(MinorUnits.zero) { $0 + $1.amount }
        try db.execute(
            sql: "INSERT INTO purchases (number_id, account_id, payer_id, currency, amount, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [purchase.numberID, purchase.accountID, purchase.payerID, purchase.currency, total.value, time])
        let purchaseID = db.lastInsertedRowID
        for line in lines where line.amount > .zero {
            try db.execute(
                sql: "INSERT INTO ledger (purchase_id, account_id, currency, amount, reason) VALUES (?, ?, ?, ?, ?)",
                arguments: [purchaseID, purchase.payerID, purchase.currency, line.amount.value, line.reason])
        }
        try db.execute(
            sql: "UPDATE balances SET balance = balance - ? WHERE account_id = ? AND currency = ?",
            arguments: [total.value, purchase.payerID, purchase.currency])
        guard db.changesCount == 1 else { throw DatabaseError(message: "payer \(purchase.payerID) holds no \(purchase.currency)") }
    }

    /// The open purchase of `record` (owned), its id and payer. A number the sandbox seeded as
    /// owned was never bought, so it is recorded here as bought for nothing by its owner, paid by
    /// its owner's payer: no ledger line and no balance change, so every balance stays explained,
    /// and a release fee charged against it can be refunded like a bought number's.
    static func openPurchase(of record: NumberRecord, at time: String, _ db: Database) throws -> (id: Int64, payer: String) {
        if let row = try Row.fetchOne(
            db, sql: "SELECT id, payer_id FROM purchases WHERE number_id = ? AND released_at IS NULL", arguments: [record.id])
        {
            return (row[0], row[1])
        }
        guard let owner = record.owner else { throw DatabaseError(message: "number \(record.e164) has no owner") }
        let payer = SandboxAccount.find(id: owner, provider: record.provider)?.payerID ?? owner
        try db.execute(
            sql: "INSERT INTO purchases (number_id, account_id, payer_id, currency, amount, created_at) VALUES (?, ?, ?, ?, 0, ?)",
            arguments: [record.id, owner, payer, record.currency, record.purchasedAt ?? time])
        return (db.lastInsertedRowID, payer)
    }

    /// The reason of a release fee's ledger line.
    static let releaseFee = "release_fee"

    /// Debits `payer` by `amount` for `reason` against an existing purchase (a release fee);
    /// the purchase's own amount is unchanged.
    static func charge(_ db: Database, purchaseID: Int64, payer: String, currency: String, amount: MinorUnits, reason: String) throws {
        try db.execute(
            sql: "INSERT INTO ledger (purchase_id, account_id, currency, amount, reason) VALUES (?, ?, ?, ?, ?)",
            arguments: [purchaseID, payer, currency, amount.value, reason])
        try db.execute(
            sql: "UPDATE balances SET balance = balance - ? WHERE account_id = ? AND currency = ?",
            arguments: [amount.value, payer, currency])
    }

    /// Takes back one `charge` of `amount` for `reason` on the purchase: its ledger line goes and
    /// the balance is credited, so the balance is still explained by the lines that remain.
    static func refund(_ db: Database, purchaseID: Int64, payer: String, currency: String, amount: MinorUnits, reason: String) throws {
        try db.execute(
            sql: """
                DELETE FROM ledger WHERE id = (
                    SELECT id FROM ledger WHERE purchase_id = ? AND account_id = ? AND currency = ? AND amount = ? AND reason = ?
                    ORDER BY id DESC LIMIT 1)
                """,
            arguments: [purchaseID, payer, currency, amount.value, reason])
        guard db.changesCount == 1 else { throw DatabaseError(message: "no \(reason) of \(amount.decimal) \(currency) to refund") }
        try db.execute(
            sql: "UPDATE balances SET balance = balance + ? WHERE account_id = ? AND currency = ?",
            arguments: [amount.value, payer, currency])
    }

    /// True when every balance equals its opening minus its debits and none is negative, every
    /// purchase's ledger lines add up to its amount, and every purchased number has an owner.
    static func isConsistent(_ db: Database) throws -> Bool {
        let badBalances = try Int.fetchOne(
            db,
            sql: """
                SELECT count(*) FROM balances b
                WHERE b.balance < 0 OR b.balance != b.opening - (
                    SELECT COALESCE(SUM(l.amount), 0) FROM ledger l
                    WHERE l.account_id = b.account_id AND l.currency = b.currency)
                """) ?? 1
        let badPurchases = try Int.fetchOne(
            db,
            sql: """
                SELECT count(*) FROM purchases p
                WHERE p.amount != (
                    SELECT COALESCE(SUM(l.amount), 0) FROM ledger l WHERE l.purchase_id = p.id AND l.reason != 'release_fee')
                   OR (p.released_at IS NULL AND (SELECT owner FROM numbers n WHERE n.id = p.number_id) IS NULL)
                """) ?? 1
        let orphanDebits = try Int.fetchOne(
            db,
            sql: """
                SELECT count(*) FROM ledger l
                WHERE NOT EXISTS (SELECT 1 FROM balances b WHERE b.account_id = l.account_id AND b.currency = l.currency)
                """) ?? 1
        return badBalances == 0 && badPurchases == 0 && orphanDebits == 0
    }
}
