import DialtoneCore
import Foundation

/// Everything the confirmation dialog states before money is spent (DESIGN §3.1).
public struct PurchaseQuote: Sendable, Equatable {
    public var number: PhoneNumber
    public var profile: String
    /// The profile's account, partly masked.
    public var maskedAccountID: String
    /// Who pays, partly masked, when it is not the profile's own account (`SA_` bills its `MA_`).
    public var billedTo: String?
    /// Who pays and the options the purchase is sent with.
    public var terms: PurchaseTerms
    /// Setup plus the first month; `nil` when a fee is unknown.
    public var chargedNow: Money?
    /// `nil` when unknown.
    public var recurringMonthly: Money?
    /// Setup plus the minimum commitment's months; `nil` without a commitment or when a fee is unknown.
    public var commitmentTotal: Money?
    /// Address, Aadhaar, documents: the purchase may stay pending.
    public var requirements: [String]
    /// Balance before the purchase, when the provider tells it.
    public var balanceBefore: Money?
    /// The billed account's balance cannot be read with these credentials (a sub-account's parent).
    public var billedBalanceHidden = false
    /// The account lookup is still running.
    public var isCheckingAccount: Bool
    /// When the listing was read, for its age.
    public var listedAt: Date?
    /// When the quote was made.
    public var quotedAt: Date
    /// The provider sells through its API.
    public var canBuy: Bool
    /// Where the profile's spend limits in the number's currency stand, daily first.
    public var spend: [SpendStanding] = []
    /// Why a spend limit forbids this purchase, with the figures; `nil` when none does.
    public var limitRefusal: String?

    /// Builds the quote from the listing; the balance arrives later through `withAccount`.
    init(number: PhoneNumber, session: ProfileSession, listedAt: Date?, now: Date) {
        let provider = session.provider
        self.number = number
        self.profile = session.name
        self.maskedAccountID = Redactor.maskIdentifier(provider.accountID)
        self.terms = provider.purchaseTerms
        self.billedTo = terms.billing.payer
        self.chargedNow = number.chargedNow
        self.recurringMonthly = number.monthlyFee
        let months = number.requirements.minimumCommitmentMonths
        self.commitmentTotal = months > 0 ? number.setupFee.flatMap { setup in number.monthlyFee.flatMap { setup.adding($0.times(months)) } } : nil
        self.requirements = number.requirements.lines.filter { !$0.hasPrefix("minimum commitment") }
        self.balanceBefore = nil
        self.isCheckingAccount = true
        self.listedAt = listedAt
        self.quotedAt = now
        self.canBuy = provider.features.canBuy
    }

    /// The quote with what the account lookup found (`nil` when it failed).
    func withAccount(_ account: Account?) -> PurchaseQuote {
        var quote = self
        quote.isCheckingAccount = false
        guard let account else { return quote }
        if let payer = account.billedAccountID, payer != account.id { quote.billedTo = Redactor.maskIdentifier(payer) }
        // A sub-account that cannot read its parent's balance reads its own: never show that as the one debited.
        quote.balanceBefore = account.balanceIsBilled ? account.balance : nil
        quote.billedBalanceHidden = !account.balanceIsBilled
        return quote
    }

    /// Balance after paying `chargedNow`, when the balance is known in the same currency.
    public var balanceAfter: Money? {
        guard let balanceBefore, let chargedNow, balanceBefore.currency == chargedNow.currency else { return nil }
        return Money(balanceBefore.amount - chargedNow.amount, chargedNow.currency)
    }

    /// The known balance does not cover the charge.
    public var exceedsBalance: Bool { (balanceAfter?.amount ?? 0) < 0 }

    /// How old the listing is.
    public var listingAge: TimeInterval? { listedAt.map { quotedAt.timeIntervalSince($0) } }
}
