import Foundation

/// Every failure Dialtone reports: one taxonomy, a one-line human message, and the
/// provider's own words when it gave any. Never carries a secret.
public struct DialtoneError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, broadly; `switch` on it to decide what to do.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case unauthorized
        case forbidden
        case needsMainAccount
        case notFound
        case rateLimited
        case validation
        case insufficientBalance
        /// The provider's answer says this number was not bought (Plivo's own `status` for it in
        /// an otherwise successful answer); `providerMessage` has its words.
        case refused
        case server
        /// The provider answered with a 3xx. Redirects are never followed, so credentials
        /// never travel to another origin; `detail` names where it pointed.
        case redirected
        case transport
        case timeout
        case decoding
        case outcomeUnknown
        case configuration
        case unsupported
        case cancelled
        /// A spend limit refused the purchase before anything was sent; `detail` has the figures.
        case spendLimit
    }

    public var kind: Kind
    public var provider: ProviderKind?
    /// The HTTP status, when there was a response.
    public var httpStatus: Int?
    /// The provider's own message, verbatim (after redaction).
    public var providerMessage: String?
    /// How long the provider asked us to wait (429 Retry-After).
    public var retryAfter: Duration?
    /// Extra context (which file, which line, which key) for configuration errors.
    public var detail: String?

    public init(
        _ kind: Kind, provider: ProviderKind? = nil, httpStatus: Int? = nil,
        providerMessage: String? = nil, retryAfter: Duration? = nil, detail: String? = nil
    ) {
        self.kind = kind
        self.provider = provider
        self.httpStatus = httpStatus
        self.providerMessage = providerMessage.map(Redactor.redact)
        self.retryAfter = retryAfter
        self.detail = detail.map(Redactor.redact)
    }

    /// One line for a status bar or stderr: what happened, then the provider's words, with
    /// secrets redacted and nothing a terminal would act on (`TerminalText`).
    public var description: String {
        var text = provider.map { "\($0.displayName): " } ?? ""
        text += headline
        if let detail { text += " (\(detail))" }
        if let providerMessage, !providerMessage.isEmpty { text += " — \(providerMessage)" }
        return Redactor.redact(text).terminalSafe
    }

    /// Whether a GET may be retried after this error.
    public var isRetryable: Bool {
        switch kind {
        case .rateLimited, .transport, .timeout: true
        case .server: httpStatus.map { $0 >= 500 } ?? true
        default: false
        }
    }
}
