import GRDB

/// A sale, all in one transaction: the number leaves stock at most once, the payer's balance
/// never goes negative, and the ledger records every debit.
enum PurchaseStore {
    /// What a purchase attempt came to.
    enum Outcome: Sendable {
        case purchased(NumberRecord)
        /// Not in `provider`'s stock: unknown, or already sold.
        case notInStock
        case currencyMismatch(numberCurrency: String)
        case insufficientBalance(currency: String, needed: MinorUnits, available: MinorUnits)
    }

    /// A request to buy `e164` from `provider`'s stock.
    struct Request: Sendable {
        var e164: String
        var provider: Provider
        /// The account making the request; its payer (its main account, if any) is charged.
        var buyer: SandboxAccount
        /// The account the number is assigned to (the buyer, or one of its sub-accounts).
        var ownerID: String
        /// The currency the caller expects to pay in, if it said.
        var currency: String?
        var now: String
        /// The application the number answers with once bought (Plivo's resource URI), if any.
        var application: String? = nil
    }

    /// Sells the number if it is still in stock and the payer can afford it.
    static func purchase(_ request: Request, _ db: Database) throws -> Outcome {
        guard
            let row = try Row.fetchOne(
                db,
                sql: "SELECT \(NumberRecord.columns) FROM numbers WHERE e164 = ? AND provider = ? AND owner IS NULL AND status = 'active'",
                arguments: [request.e164, request.provider.rawValue])
        else { return .notInStock }
        var record = NumberRecord(row: row)
        if let currency = request.currency, currency != record.currency {
            return .currencyMismatch(numberCurrency: record.currency)
        }
        let payer = request.buyer.payerID
        let charge = record.chargedNow
        let available = try Ledger.balance(db, account: payer, currency: record.currency) ?? .zero
        guard available >= charge else {
            return .insufficientBalance(currency: record.currency, needed: charge, available: available)
        }
        record.owner = request.ownerID
        record.purchasedAt = request.now
        record.status = request.provider == .plivo && record.restriction?.needsDocuments == true ? "pending" : "active"
        record.application = request.application
        try db.execute(
            sql: "UPDATE numbers SET owner = ?, status = ?, purchased_at = ?, application = ? WHERE id = ? AND owner IS NULL",
            arguments: [record.owner, record.status, record.purchasedAt, record.application, record.id])
        guard db.changesCount == 1 else { return .notInStock }
        try Ledger.debit(
            db, purchase: .init(numberID: record.id, accountID: request.ownerID, payerID: payer, currency: record.currency),
            lines: [("setup_fee", record.setupFee), ("monthly_fee", record.monthlyFee)], at: request.now)
        if record.provider == .vobiz { try StockSearch.remove(record, db) }
        return .purchased(record)
    }
}
