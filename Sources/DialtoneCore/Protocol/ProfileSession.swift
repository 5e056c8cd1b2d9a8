import Foundation

/// A configured profile ready to use: its name, a provider client, and its purchase threshold.
public struct ProfileSession: Sendable {
    public var name: String
    public var provider: any NumberProvider
    /// Above this charged-now amount the user types the number's last four digits to arm Buy.
    /// `nil` never asks; `0` always asks.
    public var confirmAbove: Decimal?
    /// Most charged now per local day and month, counted from the journal.
    public var spendLimits: SpendLimits
    /// The profile talks to the local sandbox (shows the SANDBOX badge).
    public var isSandbox: Bool
    /// Where the account lives, as the journal records it: the provider's base URL, or a stable
    /// name for a server whose address changes between runs (the built-in sandbox).
    public var endpoint: String
    /// The country (ISO code) the inventory switches to when this profile becomes active.
    public var defaultCountry: String?

    public init(
        name: String, provider: any NumberProvider, confirmAbove: Decimal? = nil, spendLimits: SpendLimits = SpendLimits(),
        isSandbox: Bool = false, endpoint: String? = nil, defaultCountry: String? = nil
    ) {
        self.name = name
        self.provider = provider
        self.confirmAbove = confirmAbove
        self.spendLimits = spendLimits
        self.isSandbox = isSandbox
        self.endpoint = endpoint ?? provider.endpoint
        self.defaultCountry = defaultCountry
    }

    /// Whether `intent` was made by this profile's provider, account and endpoint.
    public func made(_ intent: JournalEntry) -> Bool {
        identity(of: intent.e164) == intent.identity
    }
}
