import DialtoneCore
import DialtoneViewModels

/// One confirmation for several marked owned numbers: what stops (a release) or where they will
/// route, one line per number (its monthly fee, or where it routes now) and, once tried, its
/// outcome; the count to type and [Cancel] [Release]. Numbers not sent after a stop say so.
enum OwnedChangeDialog {
    static func draw(_ state: OwnedChangeState, frame: FrameState, in area: Rect, painter: Painter) {
        guard !state.items.isEmpty else { return }
        // What stops or changes first: with many numbers, the list below it is what gets cut.
        let lines = state.lines.map { NumberDetail.Line(label: $0.label, value: $0.value, role: FeeConfirmationDialog.role($0.emphasis)) }
            + state.items.enumerated().map { index, item in itemLine(item, index: index, state: state, frame: frame) }
        var footer: [NumberDetail.Line] = []
        var buttons: [FeeConfirmationDialog.Button] = []
        let title: String
        switch state.phase {
        case .idle, .confirming:
            title = state.question
            let (label, asked) = state.items.count == 1 ? ("Type last 4", "") : ("Type count", " (\(state.items.count))")
            footer.append(NumberDetail.Line(label: label, value: "[\(state.gate.field)]\(asked) to arm \(state.action.verb)", role: .input))
            buttons = [.cancel(focused: state.gate.focus == .cancel), confirmButton(state)]
        case .sending(let index):
            title = "\(state.action.progressive) \(index + 1) of \(state.items.count)…"
            footer.append(NumberDetail.Line(label: frame.spinner, value: "one number at a time, each sent once; keys are ignored", role: .accent))
        case .finished:
            title = "\(finishedVerb(state.action)) \(state.succeededCount) of \(state.items.count)"
            if let reason = state.stopReason { footer.append(NumberDetail.Line(label: "Stopped", value: reason, role: .warning)) }
            buttons = [.close]
        }
        FeeConfirmationDialog.drawBox(title: title, lines: lines, footer: footer, buttons: buttons, in: area, painter: painter)
    }

    private static func confirmButton(_ state: OwnedChangeState) -> FeeConfirmationDialog.Button {
        let (focused, armed, wait) = (state.gate.focus == .buy, state.isArmed, state.gate.armingTenths)
        switch state.action {
        case .release: return .release(focused: focused, armed: armed, wait: wait)
        case .assign, .detach: return .action(state.action.verb, focused: focused, armed: armed, wait: wait)
        }
    }

    private static func finishedVerb(_ action: OwnedChangeAction) -> String {
        switch action {
        case .release: "Released"
        case .assign: "Routed"
        case .detach: "Detached"
        }
    }

    /// `#2  +91 80400 00091 · USD 2.00/mo · india`, `… · now Mumbai PBX`, or how it ended.
    private static func itemLine(_ item: OwnedChangeState.Item, index: Int, state: OwnedChangeState, frame: FrameState) -> NumberDetail.Line {
        let label = "#\(index + 1)"
        let number = NumberFormatting.readable(item.number.e164)
        guard let outcome = item.outcome else {
            if state.phase == .sending(index) {
                return NumberDetail.Line(label: label, value: "\(number) · \(frame.spinner) \(state.action.progressive.lowercased())…", role: .accent)
            }
            let notSent = state.phase == .finished ? " · not sent" : ""
            let what = switch state.action {
            case .release: "\(NumberFormatting.fee(item.number.monthlyFee))/mo"
            case .assign, .detach: "now \(item.routing)"
            }
            return NumberDetail.Line(label: label, value: "\(number) · \(what) · \(item.profile)\(notSent)", role: notSent.isEmpty ? .fee : .warning)
        }
        return NumberDetail.Line(
            label: label, value: outcome.summary(of: item.number.e164, action: state.action), role: outcome.succeeded ? .free : .error)
    }
}
