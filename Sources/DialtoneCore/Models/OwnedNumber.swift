import Foundation

/// A number an account already owns (rents), from any provider.
public struct OwnedNumber: Sendable, Hashable, Codable, Identifiable {
    public var provider: ProviderKind
    public var e164: String
    /// ISO country code when known.
    public var country: String
    public var region: String?
    public var city: String?
    public var type: NumberType
    public var capabilities: Capabilities?
    /// Routing, blocking, per-minute prices: what only some providers say (`.none` when nothing).
    public var details: OwnedDetails
    /// Vobiz `next_billing_date`: when the monthly fee is charged next.
    public var nextBillingAt: Date?
    public var status: NumberStatus
    /// Monthly cost; `nil` when the provider does not say.
    public var monthlyFee: Money?
    /// The owning account (a sub-account's numbers show its id).
    public var accountID: String?
    /// Alias or friendly name.
    public var label: String?
    public var purchasedAt: Date?

    /// While the number is `pending_release`: when its release cooldown ends and it leaves the
    /// account (until then the release can be cancelled); `nil` when not stated.
    public var releaseCooldownEndsAt: Date?

    /// `vobiz:+14155551234`: computed, not stored, since a fleet holds 100 000 of these.
    public var id: String { "\(provider.rawValue):\(e164)" }

    public init(
        provider: ProviderKind, e164: String, country: String, region: String? = nil,
        city: String? = nil, type: NumberType = .other(""), capabilities: Capabilities? = nil,
        status: NumberStatus = .active, monthlyFee: Money? = nil, accountID: String? = nil,
        label: String? = nil, purchasedAt: Date? = nil, details: OwnedDetails = .none, nextBillingAt: Date? = nil
    ) {
        self.provider = provider
        self.e164 = e164
        self.country = country.uppercased()
        self.region = region
        self.city = city
        self.type = type
        self.capabilities = capabilities
        self.status = status
        self.monthlyFee = monthlyFee
        self.accountID = accountID
        self.label = label
        self.purchasedAt = purchasedAt
        self.details = details
        self.nextBillingAt = nextBillingAt
    }
}

/// Server-side filters for an owned-numbers listing; providers ignore what they lack.
public struct OwnedQuery: Sendable, Hashable {
    public var country: String?
    /// Region, state or city, matched case-insensitively (Agni's `region`).
    public var region: String?
    /// `true` only active numbers, `false` only the others.
    public var activeOnly: Bool?

    public init(country: String? = nil, region: String? = nil, activeOnly: Bool? = nil) {
        self.country = country
        self.region = region
        self.activeOnly = activeOnly
    }

    public static let all = OwnedQuery()
}

extension OwnedQuery {
    /// Whether `number` passes these filters (for providers that cannot filter on the server).
    public func matches(_ number: OwnedNumber) -> Bool {
        (country.map { number.country == $0.uppercased() } ?? true)
            && (region.map { wanted in Self.places(of: number).contains { $0.caseInsensitiveCompare(wanted) == .orderedSame } } ?? true)
            && (activeOnly.map { $0 == (number.status == .active) } ?? true)
    }

    /// The names a region filter is compared with: the region, its part before a trailing
    /// `", COUNTRY"` (Plivo's `"California, UNITED STATES"`), and the city.
    static func places(of number: OwnedNumber) -> [String] {
        var places = [number.region, number.city].compactMap { $0 }
        if let region = number.region, let comma = region.range(of: ",", options: .backwards) {
            places.append(region[..<comma.lowerBound].trimmingCharacters(in: .whitespaces))
        }
        return places
    }
}
