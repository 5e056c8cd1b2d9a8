/// What a client needs to talk to one provider account.
public struct ProviderCredentials: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    public var provider: ProviderKind
    /// Vobiz/Plivo auth ID; for Agni, a label only (the key is the secret).
    public var authID: String
    /// Vobiz/Plivo auth token, or the Agni API key.
    public var token: Secret
    /// Scheme, host and optional port, no trailing slash (`https://api.plivo.com`).
    public var baseURL: String
    /// Currency shown for prices the provider gives without one (Agni).
    public var currency: String

    public init(provider: ProviderKind, authID: String, token: Secret, baseURL: String? = nil, currency: String = "USD") {
        self.provider = provider
        self.authID = authID
        self.token = token
        if provider == .plivo { Redactor.registerBasic(id: authID, token: token.value) }
        var base = baseURL ?? Self.defaultBaseURL(provider)
        while base.hasSuffix("/") { base.removeLast() }
        self.baseURL = base
        self.currency = currency.uppercased()
    }

    /// The provider's production API.
    public static func defaultBaseURL(_ provider: ProviderKind) -> String {
        switch provider {
        case .vobiz: "https://api.vobiz.ai"
        case .plivo: "https://api.plivo.com"
        case .agni: "https://api.ravan.ai"
        }
    }

    public var description: String {
        "\(provider.displayName) \(Redactor.maskIdentifier(authID)) at \(baseURL) (token \(token))"
    }

    public var debugDescription: String { description }

    /// The auth ID as it goes into a URL path.
    var pathID: String { QueryString.segment(authID) }
}
