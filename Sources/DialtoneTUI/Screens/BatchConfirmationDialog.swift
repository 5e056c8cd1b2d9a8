import DialtoneCore
import DialtoneViewModels

/// The combined quote of several marked numbers: the totals per currency, one line per number
/// (with its outcome once tried), balances and spend limits, the count to type, and
/// [Cancel] [Buy]; after a refusal, [Stop] [Go on].
enum BatchConfirmationDialog {
    static func draw(_ state: BatchPurchaseState, frame: FrameState, in area: Rect, painter: Painter) {
        guard let quote = state.quote else { return }
        // Totals first: with many numbers, the list below them is what gets cut.
        let quoteLines = quote.lines + (state.route.line.map { [$0] } ?? [])
        let lines = quoteLines.map { NumberDetail.Line(label: $0.label, value: $0.value, role: FeeConfirmationDialog.role($0.emphasis)) }
            + state.items.enumerated().map { index, item in itemLine(item, index: index, state: state, frame: frame) }
        var footer: [NumberDetail.Line] = []
        var buttons: [FeeConfirmationDialog.Button] = []
        let title: String
        switch state.phase {
        case .idle, .confirming:
            title = state.question
            footer.append(NumberDetail.Line(label: "Type count", value: "[\(state.gate.field)] (\(state.items.count)) to arm Buy", role: .input))
            buttons = [
                .cancel(focused: state.gate.focus == .cancel),
                .buy(focused: state.gate.focus == .buy, armed: state.isBuyArmed, wait: state.gate.armingTenths),
            ]
        case .sending(let index):
            title = "Buying \(index + 1) of \(state.items.count)…"
            footer.append(NumberDetail.Line(label: frame.spinner, value: "one purchase at a time, each sent once; keys are ignored", role: .accent))
        case .paused(let index):
            title = "Refused: \(index + 1) of \(state.items.count)"
            footer.append(NumberDetail.Line(label: "Paused", value: "the rest wait: Stop, or Go on with the next", role: .warning))
            buttons = [
                .stop(focused: state.gate.focus == .cancel),
                .goOn(focused: state.gate.focus == .buy, armed: state.isGoOnArmed, wait: state.gate.armingTenths),
            ]
        case .finished:
            title = "Bought \(state.boughtCount) of \(state.items.count)"
            if let reason = state.stopReason { footer.append(NumberDetail.Line(label: "Stopped", value: reason, role: .warning)) }
            buttons = [.close]
        }
        FeeConfirmationDialog.drawBox(title: title, lines: lines, footer: footer, buttons: buttons, in: area, painter: painter)
    }

    /// `#2  +1 415 555 0101 · USD 1.80 now · USD 0.80/mo`, or how it ended.
    private static func itemLine(_ item: BatchPurchaseState.Item, index: Int, state: BatchPurchaseState, frame: FrameState) -> NumberDetail.Line {
        let label = "#\(index + 1)"
        let number = NumberFormatting.readable(item.number.e164)
        guard let outcome = item.outcome else {
            if state.phase == .sending(index) { return NumberDetail.Line(label: label, value: "\(number) · \(frame.spinner) buying…", role: .accent) }
            let notSent = state.phase == .finished ? " · not sent" : ""
            return NumberDetail.Line(label: label, value: "\(item.priceLine)\(notSent)", role: item.number.chargedNow == nil ? .warning : .fee)
        }
        var result = switch outcome {
        case .bought(let receipt, let reconciled):
            "bought" + (receipt.status == .active ? "" : " — \(receipt.status.label)") + (reconciled ? " (found in the owned list after no answer)" : "")
        case .failed, .notBought, .unknown: outcome.summary
        }
        if let routing = item.routing {
            result += routing.isAssigned ? " · routed to \(state.route.selected?.name ?? "")" : " · not routed: \(routing.summary(of: item.number.e164, to: state.route.selected))"
        }
        let routed = item.routing.map(\.isAssigned) ?? true
        return NumberDetail.Line(label: label, value: "\(number) · \(result)", role: outcome.isBought && routed ? .free : .error)
    }
}
