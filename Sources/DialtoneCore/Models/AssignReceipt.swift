/// What a provider answered to a routing change: a number attached to a trunk or an
/// application, or detached from it.
public struct AssignReceipt: Sendable, Hashable {
    public var provider: ProviderKind
    /// The number whose routing changed (`+` and digits).
    public var e164: String
    /// Where the number routes now, as the change asked; `nil` when it was detached.
    public var route: NumberRoute?
    /// The provider's own message, when it sent one.
    public var message: String?

    public init(provider: ProviderKind, e164: String, route: NumberRoute?, message: String? = nil) {
        self.provider = provider
        self.e164 = e164
        self.route = route
        self.message = message
    }
}
