/// The account behind a profile: who it is, who pays, and how much is left.
public struct Account: Sendable, Hashable, Codable {
    public var provider: ProviderKind
    public var id: String
    /// The account charged for purchases. `nil` when a sub-account bills its parent main
    /// account whose id the provider does not give (a Vobiz `SA_` bills its `MA_`).
    public var billedAccountID: String?
    /// Spendable balance (Vobiz `available_balance`, Plivo `cash_credits`); `nil` when unknown.
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

    /// Whether this is a sub-account (`SA_…` on Vobiz, `SA…` on Plivo).
    public var isSubAccount: Bool { id.hasPrefix("SA") }

    /// Who pays, for the confirmation dialog: `"MA_X…123"` or `"parent main account of SA_Y…456"`.
    public var billedTo: String {
        if let billedAccountID { return Redactor.maskIdentifier(billedAccountID) }
        return "parent main account of \(Redactor.maskIdentifier(id))"
    }
}
