import DialtoneCore

/// A value snapshot of one confirmation for several owned numbers — release them all, or route
/// them all to one trunk or application, or detach them — then each number its own journalled
/// request, one after another.
public struct OwnedChangeState: Sendable, Equatable {
    /// Where the change stands.
    public enum Phase: Sendable, Equatable {
        case idle
        /// The combined confirmation is shown; nothing has been sent.
        case confirming
        /// The number at this index is being checked, sent or reconciled.
        case sending(Int)
        /// Every number has its outcome, or the change stopped (`stopReason`).
        case finished
    }

    /// One number of the change and, once tried, how it ended.
    public struct Item: Sendable, Equatable {
        public var number: OwnedNumber
        /// The profile whose account owns it.
        public var profile: String
        /// Where it routes now, by name where the account's list names it.
        public var routing: String
        /// Whether its provider's releases enter a cancellable cooldown (Vobiz).
        public var hasCooldown: Bool
        /// `nil` while not tried (or not sent because the change stopped).
        public var outcome: OwnedChangeOutcome?
    }

    public var phase: Phase = .idle
    public var action = OwnedChangeAction.release
    public var items: [Item] = []
    /// Each profile with its account, partly masked.
    public var accounts: [String] = []
    /// Focus, the count typed to confirm, and arming.
    public var gate = ConfirmationGate()
    /// Why the change stopped before its end.
    public var stopReason: String?

    public init() {}

    /// The dialog's question.
    public var question: String { action.question(count: items.count) }

    /// Whether pressing the confirming button now starts sending.
    public var isArmed: Bool { phase == .confirming && gate.isArmed }

    /// A number of the change is being sent: nothing else may start.
    public var isInFlight: Bool {
        if case .sending = phase { return true }
        return false
    }

    /// The numbers whose change went through.
    public var succeededCount: Int { items.filter { $0.outcome?.succeeded == true }.count }

    /// What stops or changes, before the list of numbers.
    public var lines: [QuoteLine] {
        var lines = accounts.map { QuoteLine(label: "Account", value: $0, emphasis: .plain) }
        switch action {
        case .release: lines += releaseLines
        case .assign(let target):
            lines.append(QuoteLine(label: "Route to", value: target.name == target.route.id ? target.name : "\(target.name) (\(target.route.kind.noun) \(target.route.id))", emphasis: .plain))
            lines.append(QuoteLine(label: "Warning", value: "changing routing can cut calls in progress", emphasis: .warning))
        case .detach:
            lines.append(QuoteLine(label: "Then", value: "each routes nowhere: calls to it are not answered", emphasis: .warning))
            lines.append(QuoteLine(label: "Warning", value: "changing routing can cut calls in progress", emphasis: .warning))
        }
        return lines
    }

    private var releaseLines: [QuoteLine] {
        let monthly = CurrencyTotals(items.map(\.number.monthlyFee))
        var lines = [
            QuoteLine(label: "Stops", value: "calls and messages to these numbers", emphasis: .warning),
            QuoteLine(label: "Monthly fees", value: "\(monthly.summary) stop", emphasis: monthly.unknownCount > 0 ? .warning : .fee),
        ]
        let providers = Array(Set(items.map(\.number.provider))).sorted { $0.displayName < $1.displayName }
        let names = providers.map(\.displayName).joined(separator: ", ")
        lines.append(QuoteLine(label: "Release fee", value: "none stated in advance; any \(names) reports is shown after", emphasis: .fee))
        if items.contains(where: \.hasCooldown) {
            lines.append(QuoteLine(label: "Cooldown", value: "24 h pending release (Vobiz); u in Owned takes one back", emphasis: .plain))
        }
        lines.append(QuoteLine(label: "Final", value: "after any cooldown the numbers may go to someone else", emphasis: .warning))
        return lines
    }
}
