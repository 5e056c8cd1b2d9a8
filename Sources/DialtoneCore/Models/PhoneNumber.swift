import Foundation

/// A number offered for purchase in a provider's inventory.
public struct PhoneNumber: Sendable, Hashable, Codable, Identifiable {
    /// The provider's own identifier (Vobiz UUID), else the E.164 number.
    public var id: String
    public var provider: ProviderKind
    /// `+` and digits.
    public var e164: String
    /// ISO 3166-1 alpha-2 country code, upper case.
    public var country: String
    /// State, province or region, when the provider gives one.
    public var region: String?
    public var city: String?
    public var type: NumberType
    /// `nil` when the provider did not say (the Vobiz inventory example omits it).
    public var capabilities: Capabilities?
    /// `nil` when the provider did not send it: an unknown fee, never zero.
    public var setupFee: Money?
    /// `nil` when the provider did not send it: an unknown fee, never zero.
    public var monthlyFee: Money?
    /// The listing's currency (ISO 4217, upper case), also when a fee is unknown; empty when
    /// the provider did not state it: unknown, never taken to be USD, and then every fee is
    /// unknown too (an amount means nothing without its currency).
    public var currency: String
    public var status: NumberStatus
    public var requirements: Requirements
    /// Provider-specific fields kept for the detail pane (rate center, LATA, per-use rates…).
    public var extras: [String: String]

    public init(
        id: String? = nil, provider: ProviderKind, e164: String, country: String,
        region: String? = nil, city: String? = nil, type: NumberType = .other(""),
        capabilities: Capabilities? = nil, setupFee: Money?, monthlyFee: Money?, currency: String? = nil,
        status: NumberStatus = .active, requirements: Requirements = .none, extras: [String: String] = [:]
    ) {
        self.id = id ?? e164
        self.provider = provider
        self.e164 = e164
        self.country = country.uppercased()
        self.region = region
        self.city = city
        self.type = type
        self.capabilities = capabilities
        self.setupFee = setupFee
        self.monthlyFee = monthlyFee
        self.currency = (currency ?? monthlyFee?.currency ?? setupFee?.currency ?? "").uppercased()
        self.status = status
        self.requirements = requirements
        self.extras = extras
    }

    /// Whether the provider stated the listing's currency.
    public var currencyIsKnown: Bool { !currency.isEmpty }

    /// What the purchase charges immediately: setup plus the first month; `nil` (unknown) when
    /// either fee is unknown or the two are in different currencies.
    public var chargedNow: Money? {
        guard let setupFee, let monthlyFee else { return nil }
        return setupFee.adding(monthlyFee)
    }

    /// The digits only, without `+`.
    public var digits: String { E164.digits(e164) }
}
