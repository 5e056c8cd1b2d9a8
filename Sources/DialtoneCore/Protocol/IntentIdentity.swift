/// Whose purchase or release a journal intent is: the provider, where its account lives, the
/// full account id and the number. Two intents of one identity are the same money; intents of
/// different identities (a main account and its sub-account, one sandbox and another) never
/// settle each other.
public struct IntentIdentity: Sendable, Hashable {
    public var provider: ProviderKind
    /// The provider's base URL, or a stable name for the built-in sandbox.
    public var endpoint: String?
    /// In full.
    public var accountID: String
    public var e164: String

    public init(provider: ProviderKind, endpoint: String?, accountID: String, e164: String) {
        self.provider = provider
        self.endpoint = endpoint
        self.accountID = accountID
        self.e164 = e164
    }
}

extension JournalEntry {
    /// The identity of this line's intent.
    public var identity: IntentIdentity {
        IntentIdentity(provider: provider, endpoint: endpoint, accountID: accountID, e164: e164)
    }
}

extension ProfileSession {
    /// The identity of a purchase or release of `e164` by this profile.
    public func identity(of e164: String) -> IntentIdentity {
        IntentIdentity(provider: provider.kind, endpoint: endpoint, accountID: provider.accountID, e164: e164)
    }
}
