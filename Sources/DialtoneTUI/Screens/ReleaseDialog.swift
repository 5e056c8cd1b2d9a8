import DialtoneCore
import DialtoneViewModels

/// The release dialog: what goes and what stops, the last four digits to type (always), and
/// [Cancel] [Release] with focus starting on Cancel; then progress, and the outcome. Cancelling
/// a pending release is the same dialog with [Restore].
enum ReleaseDialog {
    static func draw(_ state: ReleaseState, frame: FrameState, in area: Rect, painter: Painter) {
        guard state.number != nil else { return }
        var lines = state.lines.map { NumberDetail.Line(label: $0.label, value: $0.value, role: FeeConfirmationDialog.role($0.emphasis)) }
        var footer: [NumberDetail.Line] = []
        let title: String
        let buttons: [FeeConfirmationDialog.Button]
        let cancelling = state.action == .cancelRelease
        switch state.phase {
        case .idle, .confirming:
            title = cancelling ? "Cancel this release?" : "Release this number?"
            let armed = (focused: state.gate.focus == .buy, armed: state.isReleaseArmed, wait: state.gate.armingTenths)
            footer.append(NumberDetail.Line(
                label: "Type last 4", value: "[\(state.gate.field)] to arm \(cancelling ? "Restore" : "Release")", role: .input))
            buttons = [
                .cancel(focused: state.gate.focus == .cancel),
                cancelling ? .restore(focused: armed.focused, armed: armed.armed, wait: armed.wait)
                    : .release(focused: armed.focused, armed: armed.armed, wait: armed.wait),
            ]
        case .sending:
            title = cancelling ? "Cancelling the release…" : "Releasing…"
            let what = cancelling ? "the cancellation" : "the release"
            footer.append(NumberDetail.Line(label: frame.spinner, value: "sending \(what) once; keys are ignored until it answers", role: .accent))
            buttons = []
        case .reconciling:
            title = "No answer"
            let what = cancelling ? "the release was cancelled" : "it was released"
            footer.append(NumberDetail.Line(label: frame.spinner, value: "checking the owned list to learn whether \(what)", role: .warning))
            buttons = []
        case .finished(let outcome):
            title = switch outcome {
            case .released: "Released"
            case .restored: "Release cancelled"
            default: cancelling ? "Release not cancelled" : "Not released"
            }
            lines = resultLines(outcome, action: state.action, frame: frame)
            buttons = [.close]
        }
        FeeConfirmationDialog.drawBox(title: title, lines: lines, footer: footer, buttons: buttons, in: area, painter: painter)
    }

    /// The outcome and what the provider reported: the fee, and when a cooldown ends (until
    /// then `u` takes the release back).
    static func resultLines(_ outcome: ReleaseOutcome, action: ReleaseAction, frame: FrameState) -> [NumberDetail.Line] {
        let succeeded = outcome.isReleased || outcome.isRestored
        let checked = " (checked in the owned list)"
        switch outcome {
        case .released(let receipt, let reconciled):
            var lines = [NumberDetail.Line(
                label: "Result", value: "released \(NumberFormatting.readable(receipt.e164))\(reconciled ? checked : "")", role: .free)]
            if let message = receipt.message { lines.append(NumberDetail.Line(label: "Provider says", value: message)) }
            lines.append(NumberDetail.Line(label: "Release fee", value: receipt.releaseFee.map { $0.formatted() } ?? "none reported", role: .fee))
            if let text = receipt.cooldownEndsAt {
                let end = MomentFormatting.parseTimestamp(text).map { end in
                    "\(MomentFormatting.timeLeft(until: end, now: frame.now)) · \(MomentFormatting.localTime(end, timeZone: frame.timeZone, withYear: false))"
                } ?? text
                lines.append(NumberDetail.Line(label: "Pending until", value: end, role: .warning))
                lines.append(NumberDetail.Line(label: "Take it back", value: "u in Owned cancels the release until then", role: .muted))
            }
            return lines
        case .restored(let receipt, let reconciled):
            var lines = [NumberDetail.Line(
                label: "Result", value: "active again: \(NumberFormatting.readable(receipt.e164))\(reconciled ? checked : "")", role: .free)]
            if let message = receipt.message { lines.append(NumberDetail.Line(label: "Provider says", value: message)) }
            lines.append(NumberDetail.Line(label: "Refunded", value: receipt.refunded.map { $0.formatted() } ?? "none reported", role: .fee))
            return lines
        case .failed, .notReleased, .notRestored, .unknown:
            return [NumberDetail.Line(label: "Result", value: outcome.summary(of: action), role: succeeded ? .free : .error)]
        }
    }
}
