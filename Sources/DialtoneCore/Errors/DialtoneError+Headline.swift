extension DialtoneError {
    /// The human summary of `kind`, without the provider's message.
    public var headline: String {
        switch kind {
        case .unauthorized: "credentials were rejected; check the auth ID and token"
        case .forbidden: "not allowed for this account"
        case .needsMainAccount: "only the main account can do this; use main-account credentials"
        case .notFound: "not found (already sold or never listed)"
        case .rateLimited: rateLimitedHeadline
        case .validation: "the request was rejected as invalid"
        case .insufficientBalance: "insufficient balance"
        case .refused: "the provider refused to sell this number; nothing was bought"
        case .server: "the provider had a server error" + (httpStatus.map { " (HTTP \($0))" } ?? "")
        case .redirected: "the provider answered with a redirect, which Dialtone does not follow" + (httpStatus.map { " (HTTP \($0))" } ?? "")
        case .transport: "could not reach the provider"
        case .timeout: "the provider did not answer in time"
        case .decoding: "the provider's answer could not be read"
        case .outcomeUnknown: outcomeUnknownHeadline
        case .configuration: "configuration error"
        case .unsupported: "not supported by this provider"
        case .cancelled: "cancelled"
        case .spendLimit: "refused by a spend limit; nothing was sent"
        }
    }

    private var outcomeUnknownHeadline: String {
        guard let httpStatus else { return "no answer to the purchase: outcome unknown until reconciled" }
        return "HTTP \(httpStatus) does not say whether the purchase went through: outcome unknown until reconciled"
    }

    private var rateLimitedHeadline: String {
        guard let retryAfter else { return "rate limited; try again shortly" }
        return "rate limited; retry in \(retryAfter.components.seconds)s"
    }
}
