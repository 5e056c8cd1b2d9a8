import Foundation

/// One line of the purchase journal: a purchase's intent or a later word on how it ended.
///
/// Money is written as decimal strings so amounts survive exactly; the account id is masked
/// because the journal is a record for people, not a credential store.
public struct JournalEntry: Sendable, Hashable, Codable {
    /// Where a purchase stands; every state after `intent` refers back to the intent's `id`.
    public enum State: String, Sendable, Hashable, Codable, CaseIterable {
        /// Written and fsynced before the request is sent.
        case intent
        case done
        case failed
        /// No answer; resolved later by a `reconciled_*` line.
        case unknown
        case reconciledBought = "reconciled_bought"
        case reconciledNotBought = "reconciled_not_bought"

        /// Whether a line in this state settles its intent.
        public var resolves: Bool {
            switch self {
            case .done, .failed, .reconciledBought, .reconciledNotBought: true
            case .intent, .unknown: false
            }
        }
    }

    /// The purchase this line belongs to (shared by its intent and every later line).
    public var id: UUID
    public var time: Date
    public var state: State
    public var provider: ProviderKind
    public var profile: String
    /// Masked with `Redactor.maskIdentifier`.
    public var account: String
    public var e164: String
    public var setup: Decimal
    public var monthly: Decimal
    public var currency: String
    public var message: String?

    /// An intent to buy `number` under `profile`.
    public init(intentToBuy number: PhoneNumber, profile: String, accountID: String, id: UUID = UUID(), time: Date) {
        self.id = id
        self.time = time
        self.state = .intent
        self.provider = number.provider
        self.profile = profile
        self.account = Redactor.maskIdentifier(accountID)
        self.e164 = number.e164
        self.setup = number.setupFee.amount
        self.monthly = number.monthlyFee.amount
        self.currency = number.monthlyFee.currency
        self.message = nil
    }

    /// The next line for the same purchase.
    public func followed(by state: State, at time: Date, message: String? = nil) -> JournalEntry {
        var next = self
        next.state = state
        next.time = time
        next.message = message.map(Redactor.redact)
        return next
    }

    private enum CodingKeys: String, CodingKey {
        case id, time, state, provider, profile, account, e164, setup, monthly, currency, message
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(UUID.self, forKey: .id)
        time = try container.decode(Date.self, forKey: .time)
        state = try container.decode(State.self, forKey: .state)
        provider = try container.decode(ProviderKind.self, forKey: .provider)
        profile = try container.decode(String.self, forKey: .profile)
        account = try container.decode(String.self, forKey: .account)
        e164 = try container.decode(String.self, forKey: .e164)
        setup = try Self.decimal(container, .setup)
        monthly = try Self.decimal(container, .monthly)
        currency = try container.decode(String.self, forKey: .currency)
        message = try container.decodeIfPresent(String.self, forKey: .message)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(time, forKey: .time)
        try container.encode(state, forKey: .state)
        try container.encode(provider, forKey: .provider)
        try container.encode(profile, forKey: .profile)
        try container.encode(account, forKey: .account)
        try container.encode(e164, forKey: .e164)
        try container.encode(setup.description, forKey: .setup)
        try container.encode(monthly.description, forKey: .monthly)
        try container.encode(currency, forKey: .currency)
        try container.encodeIfPresent(message, forKey: .message)
    }

    private static func decimal(_ container: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) throws -> Decimal {
        let text = try container.decode(String.self, forKey: key)
        guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "not a decimal: \(text)")
        }
        return value
    }
}
