/// The account behind a profile: who it is, who pays, and how much is left.
public struct Account: Sendable, Hashable, Codable {
    public var provider: ProviderKind
    public var id: String
    /// The account charged for purchases. `nil` when a sub-account bills its parent main
    /// account whose id the provider does not give (a Vobiz `SA_` bills its `MA_`).
    public var billedAccountID: String?
    /// Spendable balance (Vobiz `available_balance`, Plivo `cash_credits`); `nil` when unknown.
    /// It is the billed account's balance when `billedAccountID` is known; otherwise (a sub-account
    /// that cannot read its parent) it is the sub-account's own, never the one a purchase debits.
    public var balance: Money?
    public var isPostpaid: Bool
    public var name: String?

    public init(
        provider: ProviderKind, id: String, billedAccountID: String?, balance: Money? = nil,
        isPostpaid: Bool = false, name: String? = nil
    ) {
        self.provider = provider
        self.id = id
        self.billedAccountID = billedAccountID
        self.balance = balance
        self.isPostpaid = isPostpaid
        self.name = name
    }

    /// Whether `balance` is the balance a purchase debits.
    public var balanceIsBilled: Bool { billedAccountID != nil }

    /// Whether this is a sub-account (`SA_…` on Vobiz, `SA…` on Plivo).
    public var isSubAccount: Bool { id.hasPrefix("SA") }
}
