import Foundation

/// One line of the purchase journal: a purchase's or a release's intent, or a later word on how
/// it ended.
///
/// Money is written as decimal strings so amounts survive exactly; a fee the provider did not
/// send is left out (unknown), never written as zero. The intent names the full account and the
/// endpoint it was sent to, so only a session with the same identity reconciles it; the journal
/// is the user's own 0600 file, and holds no secret.
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
        /// A release with no answer: the complete owned list no longer has the number.
        case reconciledReleased = "reconciled_released"
        /// A release with no answer: the owned list still has the number.
        case reconciledNotReleased = "reconciled_not_released"
        /// A cancelled release with no answer: the owned list shows the number active again.
        case reconciledRestored = "reconciled_restored"
        /// A cancelled release with no answer: the owned list shows it still pending, or gone.
        case reconciledNotRestored = "reconciled_not_restored"
        /// A routing change with no answer: the owned list shows the number routed as asked.
        case reconciledAssigned = "reconciled_assigned"
        /// A routing change with no answer: the owned list shows it routed otherwise, or gone.
        case reconciledNotAssigned = "reconciled_not_assigned"

        /// Whether a line in this state settles its intent.
        public var resolves: Bool {
            switch self {
            case .done, .failed, .reconciledBought, .reconciledNotBought, .reconciledReleased, .reconciledNotReleased,
                 .reconciledRestored, .reconciledNotRestored, .reconciledAssigned, .reconciledNotAssigned: true
            case .intent, .unknown: false
            }
        }

        /// Whether this outcome was learned from the owned list after the answer was lost.
        public var isReconciled: Bool {
            switch self {
            case .reconciledBought, .reconciledNotBought, .reconciledReleased, .reconciledNotReleased,
                 .reconciledRestored, .reconciledNotRestored, .reconciledAssigned, .reconciledNotAssigned: true
            case .intent, .done, .failed, .unknown: false
            }
        }
    }

    /// What the line's intent does to the account; lines of older versions, which have no
    /// `kind`, are purchases.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case purchase
        case release
        /// Cancelling a release during its cooldown: the number active again, the fee refunded.
        case cancelRelease = "cancel_release"
        /// Attaching the number to a trunk or application, or detaching it: where its calls go.
        case assign

        /// `purchase`, `release`, `cancelled release`, `routing change`, for messages.
        public var noun: String {
            switch self {
            case .purchase: "purchase"
            case .release: "release"
            case .cancelRelease: "cancelled release"
            case .assign: "routing change"
            }
        }
    }

    /// The purchase this line belongs to (shared by its intent and every later line).
    public var id: UUID
    public var time: Date
    public var state: State
    public var kind: Kind
    public var provider: ProviderKind
    public var profile: String
    /// The account the purchase was made under, in full (lines of older versions hold it masked).
    public var accountID: String
    /// Where the purchase went (the provider's base URL, or a stable name for the built-in
    /// sandbox); `nil` on lines of older versions.
    public var endpoint: String?
    public var e164: String
    /// The setup fee the user confirmed (the quote's, on every line of the purchase); `nil`
    /// when unknown.
    public var setup: Decimal?
    /// The monthly fee the user confirmed; `nil` when unknown.
    public var monthly: Decimal?
    /// The confirmed amounts' currency; empty when unknown.
    public var currency: String
    /// On a purchase's `done` line: the provider reported no amounts in the line's currency.
    public var asQuoted: Bool?
    /// On a purchase's `done` line: the setup fee the provider reported, in `currency`, kept
    /// beside the confirmed one (a receipt never replaces what was confirmed).
    public var reportedSetup: Decimal?
    /// On a purchase's `done` line: the monthly fee the provider reported, in `currency`.
    public var reportedMonthly: Decimal?
    /// On a release's `done` line: the release fee the provider reported.
    public var releaseFee: Decimal?
    /// On a cancelled release's `done` line: the fee the provider reported refunded.
    public var refunded: Decimal?
    /// On a routing change: where the number routed when it was confirmed; `nil` for nowhere.
    public var routeFrom: RouteTarget?
    /// On a routing change: where it is to route; `nil` to detach it.
    public var routeTo: RouteTarget?
    public var message: String?

    /// An intent to buy `number` under `profile`, at `accountID` on `endpoint`.
    public init(
        intentToBuy number: PhoneNumber, profile: String, accountID: String, endpoint: String,
        id: UUID = UUID(), time: Date
    ) {
        self.id = id
        self.time = time
        self.state = .intent
        self.kind = .purchase
        self.provider = number.provider
        self.profile = profile
        self.accountID = accountID
        self.endpoint = endpoint
        self.e164 = number.e164
        self.setup = number.setupFee?.amount
        self.monthly = number.monthlyFee?.amount
        self.currency = number.currency
        self.asQuoted = nil
        self.message = nil
    }

    /// An intent to release `number` under `profile`, at `accountID` on `endpoint`; `monthly`
    /// is the fee that stops.
    public init(
        intentToRelease number: OwnedNumber, profile: String, accountID: String, endpoint: String,
        id: UUID = UUID(), time: Date
    ) {
        self.id = id
        self.time = time
        self.state = .intent
        self.kind = .release
        self.provider = number.provider
        self.profile = profile
        self.accountID = accountID
        self.endpoint = endpoint
        self.e164 = number.e164
        self.setup = nil
        self.monthly = number.monthlyFee?.amount
        self.currency = number.monthlyFee?.currency ?? ""
        self.asQuoted = nil
        self.message = nil
    }

    /// An intent to cancel the pending release of `number` under `profile`, at `accountID` on
    /// `endpoint`; `monthly` is the fee that resumes.
    public init(
        intentToCancelRelease number: OwnedNumber, profile: String, accountID: String, endpoint: String,
        id: UUID = UUID(), time: Date
    ) {
        self.init(intentToRelease: number, profile: profile, accountID: accountID, endpoint: endpoint, id: id, time: time)
        kind = .cancelRelease
    }

    /// An intent to route `number` to `target` (`nil`: detach it) under `profile`, at
    /// `accountID` on `endpoint`; `from` is its routing as confirmed. `monthly` is the fee the
    /// number costs wherever it routes.
    public init(
        intentToAssign number: OwnedNumber, from: RouteTarget?, to target: RouteTarget?, profile: String, accountID: String,
        endpoint: String, id: UUID = UUID(), time: Date
    ) {
        self.init(intentToRelease: number, profile: profile, accountID: accountID, endpoint: endpoint, id: id, time: time)
        kind = .assign
        routeFrom = from
        routeTo = target
    }

    /// The kind of attachment a routing change sets (`nil` on other lines).
    public var routeKind: NumberRoute.Kind? { kind == .assign ? (routeTo ?? routeFrom)?.route.kind : nil }

    /// The next line for the same purchase.
    public func followed(by state: State, at time: Date, message: String? = nil) -> JournalEntry {
        var next = self
        next.state = state
        next.time = time
        next.asQuoted = nil
        next.message = message.map(Redactor.redact)
        return next
    }

    /// The `done` line of a purchase: the confirmed quote, with the amounts the provider
    /// reported beside it (marked `as_quoted` when it reported none).
    ///
    /// What was confirmed counts: a receipt never replaces or lowers a confirmed amount, nor
    /// changes a known currency. It may name the currency the quote did not know; amounts it
    /// reports in another currency than the line's cannot be compared and are left out.
    public func done(at time: Date, receipt: PurchaseReceipt) -> JournalEntry {
        var next = followed(by: .done, at: time, message: receipt.message)
        if currency.isEmpty, let stated = receipt.monthlyFee?.currency ?? receipt.setupFee?.currency {
            next.currency = stated
        }
        let inLineCurrency = { (fee: Money?) in fee.flatMap { $0.currency == next.currency ? $0.amount : nil } }
        next.reportedSetup = inLineCurrency(receipt.setupFee)
        next.reportedMonthly = inLineCurrency(receipt.monthlyFee)
        if next.reportedSetup == nil, next.reportedMonthly == nil { next.asQuoted = true }
        return next
    }

    /// The setup fee this line counts as charged: the larger of the confirmed and the reported
    /// amount; `nil` when neither is known.
    public var countedSetup: Decimal? { Self.larger(setup, reportedSetup) }

    /// The first month this line counts as charged: the larger of the confirmed and the
    /// reported amount; `nil` when neither is known.
    public var countedMonthly: Decimal? { Self.larger(monthly, reportedMonthly) }

    private static func larger(_ confirmed: Decimal?, _ reported: Decimal?) -> Decimal? {
        guard let confirmed, let reported else { return confirmed ?? reported }
        return max(confirmed, reported)
    }

    /// The `done` line of a release: the provider's message and any release fee it reported.
    public func released(at time: Date, receipt: ReleaseReceipt) -> JournalEntry {
        var next = followed(by: .done, at: time, message: receipt.message)
        next.releaseFee = receipt.releaseFee?.amount
        if let fee = receipt.releaseFee, currency.isEmpty { next.currency = fee.currency }
        return next
    }

    /// The `done` line of a cancelled release: the provider's message and any refund it reported.
    public func restored(at time: Date, receipt: ReleaseReceipt) -> JournalEntry {
        var next = followed(by: .done, at: time, message: receipt.message)
        next.refunded = receipt.refunded?.amount
        if let refund = receipt.refunded, currency.isEmpty { next.currency = refund.currency }
        return next
    }

    /// The `done` line of a routing change: the provider's message.
    public func assigned(at time: Date, receipt: AssignReceipt) -> JournalEntry {
        followed(by: .done, at: time, message: receipt.message)
    }

    private enum CodingKeys: String, CodingKey {
        case id, time, state, kind, provider, profile, e164, setup, monthly, currency, message, endpoint
        case routeFrom = "route_from", routeTo = "route_to"
        case accountID = "account_id", legacyAccount = "account", asQuoted = "as_quoted", releaseFee = "release_fee", refunded
        case reportedSetup = "reported_setup", reportedMonthly = "reported_monthly"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(UUID.self, forKey: .id)
        time = try container.decode(Date.self, forKey: .time)
        state = try container.decode(State.self, forKey: .state)
        kind = try container.decodeIfPresent(Kind.self, forKey: .kind) ?? .purchase
        provider = try container.decode(ProviderKind.self, forKey: .provider)
        profile = try container.decode(String.self, forKey: .profile)
        accountID = try container.decodeIfPresent(String.self, forKey: .accountID)
            ?? container.decode(String.self, forKey: .legacyAccount)
        endpoint = try container.decodeIfPresent(String.self, forKey: .endpoint)
        e164 = try container.decode(String.self, forKey: .e164)
        setup = try Self.decimal(container, .setup)
        monthly = try Self.decimal(container, .monthly)
        currency = try container.decode(String.self, forKey: .currency)
        asQuoted = try container.decodeIfPresent(Bool.self, forKey: .asQuoted)
        reportedSetup = try Self.decimal(container, .reportedSetup)
        reportedMonthly = try Self.decimal(container, .reportedMonthly)
        releaseFee = try Self.decimal(container, .releaseFee)
        refunded = try Self.decimal(container, .refunded)
        routeFrom = try container.decodeIfPresent(RouteTarget.self, forKey: .routeFrom)
        routeTo = try container.decodeIfPresent(RouteTarget.self, forKey: .routeTo)
        message = try container.decodeIfPresent(String.self, forKey: .message)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(time, forKey: .time)
        try container.encode(state, forKey: .state)
        // Purchase lines stay as older versions wrote them.
        if kind != .purchase { try container.encode(kind, forKey: .kind) }
        try container.encode(provider, forKey: .provider)
        try container.encode(profile, forKey: .profile)
        try container.encode(accountID, forKey: .accountID)
        try container.encodeIfPresent(endpoint, forKey: .endpoint)
        try container.encode(e164, forKey: .e164)
        try container.encodeIfPresent(setup?.description, forKey: .setup)
        try container.encodeIfPresent(monthly?.description, forKey: .monthly)
        try container.encode(currency, forKey: .currency)
        try container.encodeIfPresent(asQuoted, forKey: .asQuoted)
        try container.encodeIfPresent(reportedSetup?.description, forKey: .reportedSetup)
        try container.encodeIfPresent(reportedMonthly?.description, forKey: .reportedMonthly)
        try container.encodeIfPresent(releaseFee?.description, forKey: .releaseFee)
        try container.encodeIfPresent(refunded?.description, forKey: .refunded)
        try container.encodeIfPresent(routeFrom, forKey: .routeFrom)
        try container.encodeIfPresent(routeTo, forKey: .routeTo)
        try container.encodeIfPresent(message, forKey: .message)
    }

    private static func decimal(_ container: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) throws -> Decimal? {
        guard let text = try container.decodeIfPresent(String.self, forKey: key) else { return nil }
        guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "not a decimal: \(text)")
        }
        return value
    }
}
