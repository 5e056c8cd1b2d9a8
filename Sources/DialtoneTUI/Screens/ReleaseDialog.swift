import DialtoneCore
import DialtoneViewModels

/// The release dialog: what goes and what stops, the last four digits to type (always), and
/// [Cancel] [Release] with focus starting on Cancel; then progress, and the outcome.
enum ReleaseDialog {
    static func draw(_ state: ReleaseState, frame: FrameState, in area: Rect, painter: Painter) {
        guard state.number != nil else { return }
        var lines = state.lines.map { NumberDetail.Line(label: $0.label, value: $0.value, role: FeeConfirmationDialog.role($0.emphasis)) }
        var footer: [NumberDetail.Line] = []
        let title: String
        let buttons: [FeeConfirmationDialog.Button]
        switch state.phase {
        case .idle, .confirming:
            title = "Release this number?"
            footer.append(NumberDetail.Line(label: "Type last 4", value: "[\(state.gate.field)] to arm Release", role: .input))
            buttons = [
                .cancel(focused: state.gate.focus == .cancel),
                .release(focused: state.gate.focus == .buy, armed: state.isReleaseArmed, wait: state.gate.armingTenths),
            ]
        case .sending:
            title = "Releasing…"
            footer.append(NumberDetail.Line(label: frame.spinner, value: "sending the release once; keys are ignored until it answers", role: .accent))
            buttons = []
        case .reconciling:
            title = "No answer"
            footer.append(NumberDetail.Line(label: frame.spinner, value: "checking the owned list to learn whether it was released", role: .warning))
            buttons = []
        case .finished(let outcome):
            title = outcome.isReleased ? "Released" : "Not released"
            lines = resultLines(outcome)
            buttons = [.close]
        }
        FeeConfirmationDialog.drawBox(title: title, lines: lines, footer: footer, buttons: buttons, in: area, painter: painter)
    }

    /// The outcome and what the provider reported.
    static func resultLines(_ outcome: ReleaseOutcome) -> [NumberDetail.Line] {
        var lines = [NumberDetail.Line(label: "Result", value: outcome.summary, role: outcome.isReleased ? .free : .error)]
        if case .released(let receipt, _) = outcome {
            if let message = receipt.message { lines.append(NumberDetail.Line(label: "Provider says", value: message)) }
            lines.append(NumberDetail.Line(label: "Release fee", value: receipt.releaseFee.map { $0.formatted() } ?? "none reported", role: .fee))
            if let cooldown = receipt.cooldownEndsAt { lines.append(NumberDetail.Line(label: "Reserved until", value: cooldown)) }
        }
        return lines
    }
}
