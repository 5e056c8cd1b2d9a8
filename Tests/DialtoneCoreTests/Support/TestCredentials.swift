@testable import DialtoneCore

/// Credentials for client tests; the tokens are recognisable so leaks are easy to find.
enum TestCredentials {
    static let vobizToken = "vobiz-secret-token-1234567890"
    static let plivoToken = "plivo-secret-token-abcdefghij"
    static let agniKey = "agni-secret-key-zyxwvutsrq"

    static func vobiz(_ baseURL: String, authID: String = "MA_TEST0001") -> ProviderCredentials {
        ProviderCredentials(provider: .vobiz, authID: authID, token: Secret(vobizToken), baseURL: baseURL)
    }

    static func plivo(_ baseURL: String, authID: String = "MATESTAUTHID00000001") -> ProviderCredentials {
        ProviderCredentials(provider: .plivo, authID: authID, token: Secret(plivoToken), baseURL: baseURL)
    }

    static func agni(_ baseURL: String) -> ProviderCredentials {
        ProviderCredentials(provider: .agni, authID: "agni", token: Secret(agniKey), baseURL: baseURL)
    }

    /// A transport that does not wait between retries.
    static let fastTransport = HTTPTransport(policy: RetryPolicy(maxAttempts: 3), requestTimeout: .seconds(5), sleep: { _ in })

    /// An inventory number to buy in tests.
    static func number(_ e164: String, provider: ProviderKind, currency: String = "INR") -> PhoneNumber {
        PhoneNumber(provider: provider, e164: e164, country: "IN", setupFee: Money(100, currency), monthlyFee: Money(1, currency))
    }
}
