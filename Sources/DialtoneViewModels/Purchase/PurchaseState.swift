import DialtoneCore

/// A value snapshot of the purchase flow (DESIGN §3).
public struct PurchaseState: Sendable, Equatable {
    /// Where the flow stands.
    public enum Phase: Sendable, Equatable {
        /// No dialog.
        case idle
        /// The dialog shows the quote; nothing has been sent.
        case confirming
        /// Buy was pressed: the listing is read again to learn whether the quote still holds.
        case checking
        /// The intent is journalled and the single POST is in flight; every Buy is ignored.
        case sending
        /// The POST got no answer; the owned list is being read to learn the outcome.
        case reconciling
        /// Bought; the number is being routed as the dialog chose (a change of its own).
        case routing
        /// The dialog shows how it ended.
        case finished(PurchaseOutcome)
    }

    public var phase: Phase = .idle
    public var quote: PurchaseQuote?
    /// Focus, typed digits and arming (`requiredDigits`: the number's last four digits when the
    /// charge is above the profile's `confirm_above` or unknown).
    public var gate = ConfirmationGate()
    /// Why the dialog asks again (the price changed between the quote and the purchase).
    public var notice: String?
    /// Where the bought number will route.
    public var route = RouteChoice(kind: nil)
    /// How routing the bought number ended, when it was routed by a change of its own (Vobiz).
    public var routing: AssignOutcome?

    public init() {}

    /// Whether pressing Buy would send the purchase now (once the listing is re-read).
    public var isBuyArmed: Bool {
        phase == .confirming && quote?.canBuy == true && quote?.limitRefusal == nil && gate.isArmed
    }

    /// The digits asked, `nil` when the charge needs none.
    public var requiredDigits: String? { gate.asks.isEmpty ? nil : gate.asks }

    /// A purchase is being checked, sent or reconciled: no other may start.
    public var isInFlight: Bool { phase == .checking || phase == .sending || phase == .reconciling || phase == .routing }
}
