import Foundation

/// A named set of credentials and preferences for one provider account.
public struct Profile: Sendable, Hashable, CustomStringConvertible {
    public var name: String
    public var credentials: ProviderCredentials
    /// Purchases charging more than this right away need the last four digits typed;
    /// `nil` means never, `0` means always.
    public var confirmAbove: Decimal?
    /// Most charged now per local day and month, each in its currency (`spend_limit_daily`,
    /// `spend_limit_monthly`, else the file's top-level ones).
    public var spendLimits: SpendLimits
    /// Whether this profile points at the local sandbox (shown as a SANDBOX badge).
    public var isSandbox: Bool
    /// Where the profile came from, for `config check` (`config.toml:12`, `environment`).
    public var origin: String
    /// What a Plivo profile's purchases carry (`app_id`, `cnam_lookup`, `subaccount`,
    /// `compliance_application_id` keys).
    public var plivoBuyOptions: PlivoBuyOptions
    /// The country (ISO code) the inventory starts on when this profile becomes active.
    public var defaultCountry: String?

    public init(
        name: String, credentials: ProviderCredentials, confirmAbove: Decimal? = nil, spendLimits: SpendLimits = SpendLimits(),
        isSandbox: Bool = false, origin: String, plivoBuyOptions: PlivoBuyOptions = .none, defaultCountry: String? = nil
    ) {
        self.plivoBuyOptions = plivoBuyOptions
        self.name = name
        self.credentials = credentials
        self.confirmAbove = confirmAbove
        self.spendLimits = spendLimits
        self.isSandbox = isSandbox
        self.origin = origin
        self.defaultCountry = defaultCountry
    }

    public var provider: ProviderKind { credentials.provider }

    /// Whether credentials travel over plain `http` (allowed only to this machine).
    public var usesPlainHTTP: Bool { BaseURLPolicy.isPlainHTTP(credentials.baseURL) }

    /// A client for this profile's provider.
    public func makeProvider(transport: HTTPTransport = HTTPTransport()) -> any NumberProvider {
        switch credentials.provider {
        case .vobiz: VobizClient(credentials: credentials, transport: transport)
        case .plivo: PlivoClient(credentials: credentials, buyOptions: plivoBuyOptions, transport: transport)
        case .agni: AgniClient(credentials: credentials, transport: transport)
        }
    }

    /// One line with the secret redacted.
    public var description: String {
        let threshold = confirmAbove.map { " confirm_above=\($0)" } ?? ""
        let country = defaultCountry.map { " default_country=\($0)" } ?? ""
        let daily = spendLimits.daily.map { " spend_limit_daily=\($0)" } ?? ""
        let monthly = spendLimits.monthly.map { " spend_limit_monthly=\($0)" } ?? ""
        return "\(name): \(credentials)\(threshold)\(country)\(daily)\(monthly) [\(origin)]"
    }
}
