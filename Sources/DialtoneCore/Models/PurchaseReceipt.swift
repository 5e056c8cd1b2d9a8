import Foundation

/// What a provider answered to a successful purchase.
public struct PurchaseReceipt: Sendable, Hashable, Codable {
    public var provider: ProviderKind
    /// The number bought, as the provider named it (`+` and digits).
    public var e164: String
    /// `active`, or `pending` while documents are checked.
    public var status: NumberStatus
    /// The provider's own message (`"Number purchased successfully"`, `"created"`).
    public var message: String?
    /// The account that owns the number now.
    public var accountID: String?
    /// The fees the provider reported on the bought number, when it did.
    public var setupFee: Money?
    public var monthlyFee: Money?

    public init(
        provider: ProviderKind, e164: String, status: NumberStatus, message: String? = nil,
        accountID: String? = nil, setupFee: Money? = nil, monthlyFee: Money? = nil
    ) {
        self.provider = provider
        self.e164 = e164
        self.status = status
        self.message = message
        self.accountID = accountID
        self.setupFee = setupFee
        self.monthlyFee = monthlyFee
    }
}
