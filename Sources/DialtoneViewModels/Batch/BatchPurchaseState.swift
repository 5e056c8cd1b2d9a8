import DialtoneCore

/// A value snapshot of a combined purchase: one quote, one confirmation, then one journalled
/// purchase per number, sent one after another.
public struct BatchPurchaseState: Sendable, Equatable {
    /// Where the batch stands.
    public enum Phase: Sendable, Equatable {
        /// No dialog.
        case idle
        /// The combined quote is shown; nothing has been sent.
        case confirming
        /// The number at this index is being re-checked, bought or reconciled.
        case sending(Int)
        /// The number at this index was refused: the rest wait until the user goes on or stops.
        case paused(Int)
        /// Every number has its outcome, or the batch stopped (`stopReason`).
        case finished
    }

    /// One number of the batch and, once tried, how it ended.
    public struct Item: Sendable, Equatable {
        public var number: PhoneNumber
        /// The profile that buys it.
        public var profile: String
        /// `nil` while not tried (or not sent because the batch stopped).
        public var outcome: PurchaseOutcome?
        /// How routing it ended, when a bought answer was followed by its own routing change (Vobiz).
        public var routing: AssignOutcome?

        /// `+1 415 555 0101 · USD 1.80 now · USD 0.80/mo`: the number and what it costs.
        public var priceLine: String {
            "\(NumberFormatting.readable(number.e164)) · \(NumberFormatting.fee(number.chargedNow)) now · \(NumberFormatting.fee(number.monthlyFee))/mo"
        }
    }

    public var phase: Phase = .idle
    public var items: [Item] = []
    public var quote: BatchQuote?
    /// Focus (Cancel, or Stop when paused), the count typed to confirm, and arming (of Buy, or
    /// of Go on after a refusal).
    public var gate = ConfirmationGate()
    /// Why the batch stopped before its end.
    public var stopReason: String?
    /// Where the bought numbers will route; only when one profile buys them all.
    public var route = RouteChoice(kind: nil)

    public init() {}

    /// `Buy these 3 numbers?` (`Buy this number?` for one), the dialog's and the prompt's question.
    public var question: String {
        items.count == 1 ? "Buy this number?" : "Buy these \(items.count) numbers?"
    }

    /// What must be typed to arm Buy: the count of numbers.
    public var requiredDigits: String { gate.asks }

    /// Whether pressing Buy now starts sending.
    public var isBuyArmed: Bool {
        phase == .confirming && quote?.canBuy == true && quote?.limitRefusal == nil && gate.isArmed
    }

    /// Whether pressing Go on now sends the rest (after a refusal).
    public var isGoOnArmed: Bool {
        if case .paused = phase { return gate.armingTenths == 0 }
        return false
    }

    /// A number of the batch is being sent: nothing else may start.
    public var isInFlight: Bool {
        if case .sending = phase { return true }
        return false
    }

    /// Numbers bought so far.
    public var boughtCount: Int { items.filter { $0.outcome?.isBought == true }.count }
}
