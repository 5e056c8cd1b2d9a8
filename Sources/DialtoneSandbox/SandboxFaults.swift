/// Faults the sandbox injects so tests can exercise a client's failure paths.
///
/// Encoded as JSON with snake_case keys for `POST /_sandbox/faults`.
public struct SandboxFaults: Sendable, Codable, Equatable {
    /// Delay before every provider request is handled.
    public var latencyMilliseconds: Int
    /// Fraction (0…1) of provider requests answered 500 in the provider's error format.
    public var errorRate: Double
    /// The next this-many provider requests are answered 429 with `Retry-After`.
    public var rateLimitBurst: Int
    /// The `Retry-After` value sent with each 429, in seconds.
    public var retryAfterSeconds: Int
    /// The next this-many purchases are committed, then their connection is closed without an answer.
    public var dropAfterCommit: Int
    /// The next this-many purchases are committed, then answered the way a gateway answers a
    /// timed-out backend: `504 {"message": "Endpoint request timed out"}`.
    public var gatewayTimeoutAfterCommit: Int
    /// Extra delay before each purchase is committed (a slow provider, for requests in flight).
    public var purchaseLatencyMilliseconds: Int
    /// Every provider request whose path and query contain this text is answered 500 (one
    /// page of a listing that keeps failing, say `offset=200&`); empty for none.
    public var failMatching: String
    /// The next this-many Vobiz purchases are refused, nothing sold or debited, the way Vobiz
    /// answers a balance that does not cover the charge: a 500 with `INSUFFICIENT_BALANCE`.
    public var insufficientBalanceOnPurchase: Int
    /// Every Vobiz inventory page and Plivo search page carries this many malformed entries
    /// (no number) after the real ones, for clients that must skip and count them.
    public var malformedEntries: Int
    /// Every Vobiz owned-list page serves this many of its most recently bought numbers without
    /// their number, so no client can read those entries (they still count towards the total):
    /// a provider whose list holds a sale the client cannot see.
    public var malformedOwnedEntries: Int
    /// A purchase or release whose client has gone (its connection closed) when it is about to be
    /// committed is not committed, the way a provider that ties a sale to its request behaves.
    /// Off, the sale is committed whether or not anyone is left to hear the answer.
    public var abortIfClientGone: Bool
    /// The next this-many Plivo purchases are committed (sold and charged), then answered 206 (a
    /// partial success) whose `numbers` leaves the number out: a sale the answer does not confirm.
    public var partialAnswerPurchases: Int
    /// The next this-many Plivo purchases are refused in the number's own entry of a 200 answer
    /// (`"status": "Failed"`, with the provider's words), nothing sold or debited.
    public var failedNumberPurchases: Int
    /// The next this-many routing changes (Vobiz assign and unassign, Plivo number updates) are
    /// committed, then their connection is closed without an answer.
    public var dropRoutingAfterCommit: Int
    /// The next this-many routing changes are committed, then answered 504 as a gateway would.
    public var gatewayTimeoutRoutingAfterCommit: Int

    public init(
        latencyMilliseconds: Int = 0, errorRate: Double = 0, rateLimitBurst: Int = 0, retryAfterSeconds: Int = 1,
        dropAfterCommit: Int = 0, gatewayTimeoutAfterCommit: Int = 0, purchaseLatencyMilliseconds: Int = 0,
        failMatching: String = "",
        insufficientBalanceOnPurchase: Int = 0, malformedEntries: Int = 0, malformedOwnedEntries: Int = 0,
        abortIfClientGone: Bool = false, partialAnswerPurchases: Int = 0, failedNumberPurchases: Int = 0,
        dropRoutingAfterCommit: Int = 0, gatewayTimeoutRoutingAfterCommit: Int = 0
    ) {
        self.dropRoutingAfterCommit = dropRoutingAfterCommit
        self.gatewayTimeoutRoutingAfterCommit = gatewayTimeoutRoutingAfterCommit
        self.partialAnswerPurchases = partialAnswerPurchases
        self.failedNumberPurchases = failedNumberPurchases
        self.malformedEntries = malformedEntries
        self.malformedOwnedEntries = malformedOwnedEntries
        self.abortIfClientGone = abortIfClientGone
        self.latencyMilliseconds = latencyMilliseconds
        self.errorRate = errorRate
        self.rateLimitBurst = rateLimitBurst
        self.retryAfterSeconds = retryAfterSeconds
        self.dropAfterCommit = dropAfterCommit
        self.gatewayTimeoutAfterCommit = gatewayTimeoutAfterCommit
        self.purchaseLatencyMilliseconds = purchaseLatencyMilliseconds
        self.failMatching = failMatching
        self.insufficientBalanceOnPurchase = insufficientBalanceOnPurchase
    }

    /// No faults.
    public static let none = SandboxFaults()

    enum CodingKeys: String, CodingKey {
        case latencyMilliseconds = "latency_ms"
        case errorRate = "error_rate"
        case rateLimitBurst = "rate_limit_burst"
        case retryAfterSeconds = "retry_after_seconds"
        case dropAfterCommit = "drop_after_commit"
        case gatewayTimeoutAfterCommit = "gateway_timeout_after_commit"
        case purchaseLatencyMilliseconds = "purchase_latency_ms"
        case failMatching = "fail_matching"
        case insufficientBalanceOnPurchase = "insufficient_balance_purchases"
        case malformedEntries = "malformed_entries"
        case malformedOwnedEntries = "malformed_owned_entries"
        case abortIfClientGone = "abort_if_client_gone"
        case partialAnswerPurchases = "partial_answer_purchases"
        case failedNumberPurchases = "failed_number_purchases"
        case dropRoutingAfterCommit = "drop_routing_after_commit"
        case gatewayTimeoutRoutingAfterCommit = "gateway_timeout_routing_after_commit"
    }

    /// Missing keys keep their defaults, so `{"rate_limit_burst":3}` is a complete request.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            latencyMilliseconds: try container.decodeIfPresent(Int.self, forKey: .latencyMilliseconds) ?? 0,
            errorRate: try container.decodeIfPresent(Double.self, forKey: .errorRate) ?? 0,
            rateLimitBurst: try container.decodeIfPresent(Int.self, forKey: .rateLimitBurst) ?? 0,
            retryAfterSeconds: try container.decodeIfPresent(Int.self, forKey: .retryAfterSeconds) ?? 1,
            dropAfterCommit: try container.decodeIfPresent(Int.self, forKey: .dropAfterCommit) ?? 0,
            gatewayTimeoutAfterCommit: try container.decodeIfPresent(Int.self, forKey: .gatewayTimeoutAfterCommit) ?? 0,
            purchaseLatencyMilliseconds: try container.decodeIfPresent(Int.self, forKey: .purchaseLatencyMilliseconds) ?? 0,
            failMatching: try container.decodeIfPresent(String.self, forKey: .failMatching) ?? "",
            insufficientBalanceOnPurchase: try container.decodeIfPresent(Int.self, forKey: .insufficientBalanceOnPurchase) ?? 0,
            malformedEntries: try container.decodeIfPresent(Int.self, forKey: .malformedEntries) ?? 0,
            malformedOwnedEntries: try container.decodeIfPresent(Int.self, forKey: .malformedOwnedEntries) ?? 0,
            abortIfClientGone: try container.decodeIfPresent(Bool.self, forKey: .abortIfClientGone) ?? false,
            partialAnswerPurchases: try container.decodeIfPresent(Int.self, forKey: .partialAnswerPurchases) ?? 0,
            failedNumberPurchases: try container.decodeIfPresent(Int.self, forKey: .failedNumberPurchases) ?? 0,
            dropRoutingAfterCommit: try container.decodeIfPresent(Int.self, forKey: .dropRoutingAfterCommit) ?? 0,
            gatewayTimeoutRoutingAfterCommit: try container.decodeIfPresent(Int.self, forKey: .gatewayTimeoutRoutingAfterCommit) ?? 0
        )
    }

    /// Why these values cannot be used, if they cannot.
    var validationProblem: String? {
        if latencyMilliseconds < 0 || latencyMilliseconds > 60_000 { return "latency_ms must be 0…60000" }
        if purchaseLatencyMilliseconds < 0 || purchaseLatencyMilliseconds > 60_000 { return "purchase_latency_ms must be 0…60000" }
        if !(0...1).contains(errorRate) { return "error_rate must be 0…1" }
        let counts = [
            rateLimitBurst, dropAfterCommit, gatewayTimeoutAfterCommit, insufficientBalanceOnPurchase, partialAnswerPurchases,
            failedNumberPurchases, dropRoutingAfterCommit, gatewayTimeoutRoutingAfterCommit,
        ]
        if counts.contains(where: { $0 < 0 }) || !(0...100).contains(malformedEntries) || !(0...100).contains(malformedOwnedEntries) { return "counts must not be negative" }
        if retryAfterSeconds < 0 || retryAfterSeconds > 3_600 { return "retry_after_seconds must be 0…3600" }
        return nil
    }
}
