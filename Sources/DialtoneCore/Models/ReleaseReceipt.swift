import Foundation

/// What a provider answered to a successful release, or to the cancellation of one.
public struct ReleaseReceipt: Sendable, Hashable {
    public var provider: ProviderKind
    /// The number released (`+` and digits).
    public var e164: String
    /// The provider's own message, when it sent one (a 204 has none).
    public var message: String?
    /// A fee the provider charged for releasing early, when it reported one.
    public var releaseFee: Money?
    /// Until when the provider keeps the number reserved (Vobiz `cooldown_ends_at`), as it wrote it.
    public var cooldownEndsAt: String?
    /// For a cancelled release: the release fee the provider gave back, when it said.
    public var refunded: Money?

    public init(
        provider: ProviderKind, e164: String, message: String? = nil, releaseFee: Money? = nil, cooldownEndsAt: String? = nil,
        refunded: Money? = nil
    ) {
        self.provider = provider
        self.e164 = e164
        self.message = message
        self.releaseFee = releaseFee
        self.cooldownEndsAt = cooldownEndsAt
        self.refunded = refunded
    }
}
