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
        /// The dialog shows how it ended.
        case finished(PurchaseOutcome)
    }

    public var phase: Phase = .idle
    public var quote: PurchaseQuote?
    /// Focused dialog button; the dialog opens on Cancel.
    public var focus: ConfirmButton = .cancel
    /// Digits typed so far into the confirmation field.
    public var typedDigits = ""
    /// The number's last four digits when the charge is above the profile's `confirm_above`
    /// or unknown.
    public var requiredDigits: String?
    /// Tenths of a second before Buy can be pressed: the dialog must have been seen first.
    public var armingTenths = 0
    /// Why the dialog asks again (the price changed between the quote and the purchase).
    public var notice: String?

    public init() {}

    /// Whether pressing Buy would send the purchase now (once the listing is re-read).
    public var isBuyArmed: Bool {
        phase == .confirming && quote?.canBuy == true && quote?.limitRefusal == nil && armingTenths == 0
            && (requiredDigits == nil || typedDigits == requiredDigits)
    }

    /// A purchase is being checked, sent or reconciled: no other may start.
    public var isInFlight: Bool { phase == .checking || phase == .sending || phase == .reconciling }
}

/// The confirmation dialog's buttons.
public enum ConfirmButton: Sendable, Hashable {
    case cancel, buy

    /// The other button (Tab).
    var other: ConfirmButton { self == .cancel ? .buy : .cancel }
}

/// The "type the last four digits / the count" field every confirmation dialog has.
enum ConfirmationDigits {
    /// Adds `character` to `typed` when it is a digit and `required` has room for it.
    static func type(_ character: Character, into typed: inout String, required: String) {
        guard character.isASCIIDigit, typed.count < required.count else { return }
        typed.append(character)
    }
}
