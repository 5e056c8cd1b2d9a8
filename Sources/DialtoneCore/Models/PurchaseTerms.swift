/// Who pays for a purchase made with a profile's credentials, and the options the purchase is
/// sent with: what the confirmation dialog and `dialtone buy` state before money is spent.
public struct PurchaseTerms: Sendable, Hashable {
    /// Who is charged.
    public var billing: Billing
    /// Options sent with the purchase (`Application`, `CNAM lookup`), in the order to show them.
    public var options: [Option]

    /// One labelled option, such as `Application: 2083…`.
    public struct Option: Sendable, Hashable {
        public var label: String
        public var value: String

        public init(label: String, value: String) {
            self.label = label
            self.value = value
        }
    }

    public init(billing: Billing, options: [Option] = []) {
        self.billing = billing
        self.options = options
    }

    /// The terms of a purchase with `accountID`'s credentials and no options: a sub-account
    /// (`SA_…` on Vobiz, `SA…` on Plivo) is billed to its parent main account.
    public static func plain(accountID: String) -> PurchaseTerms {
        PurchaseTerms(billing: accountID.hasPrefix("SA") ? .parentAccount(of: accountID) : .ownAccount)
    }
}

/// Who is charged for a purchase.
public enum Billing: Sendable, Hashable {
    /// The profile's own account pays; its balance is the one debited.
    case ownAccount
    /// A sub-account buys and its parent main account pays (seed 001: "For sub-accounts (SA_),
    /// the parent master account (MA_) is charged").
    case parentAccount(of: String)
    /// The main account buys for one of its sub-accounts and pays (Plivo's `subaccount`).
    case mainAccount(String, assignedTo: String)

    /// Who pays, partly masked, when it is not simply the profile's own account.
    public var payer: String? {
        switch self {
        case .ownAccount:
            nil
        case .parentAccount(let sub):
            "parent main account of \(Redactor.maskIdentifier(sub))"
        case .mainAccount(let main, let sub):
            "\(Redactor.maskIdentifier(main)) (main account); the number goes to sub-account \(Redactor.maskIdentifier(sub))"
        }
    }

}
