import DialtoneCore
import DialtoneViewModels

/// The purchase dialog (DESIGN §3): every line of the quote, the typed-digits field when the
/// charge is above the profile's threshold, and [Cancel] [Buy] with focus starting on Cancel.
/// While the single POST is in flight it shows progress; afterwards, the receipt or failure.
enum FeeConfirmationDialog {
    static func draw(_ state: PurchaseState, frame: FrameState, in area: Rect, painter: Painter) {
        guard let quote = state.quote else { return }
        var lines = quote.lines.map { line in
            NumberDetail.Line(label: line.label, value: line.value, role: role(line.emphasis))
        }
        if let notice = state.notice, state.phase == .confirming {
            lines.insert(NumberDetail.Line(label: "Changed", value: notice, role: .warning), at: 0)
        }
        if let route = state.route.line {
            lines.append(NumberDetail.Line(label: route.label, value: route.value, role: role(route.emphasis)))
        }
        var footer: [NumberDetail.Line] = []
        let title: String
        switch state.phase {
        case .idle, .confirming:
            title = "Buy this number?"
            if state.requiredDigits != nil {
                footer.append(NumberDetail.Line(label: "Type last 4", value: "[\(state.gate.field)] to arm Buy", role: .input))
            }
        case .checking:
            title = "Checking…"
            footer.append(NumberDetail.Line(label: frame.spinner, value: "re-reading the listing so the price you confirmed is the price charged", role: .accent))
        case .sending:
            title = "Buying…"
            footer.append(NumberDetail.Line(label: frame.spinner, value: "sending the purchase once; keys are ignored until it answers", role: .accent))
        case .reconciling:
            title = "No answer"
            footer.append(NumberDetail.Line(label: frame.spinner, value: "checking the owned list to learn whether it was bought", role: .warning))
        case .routing:
            title = "Bought; routing…"
            let target = state.route.selected?.name ?? ""
            footer.append(NumberDetail.Line(label: frame.spinner, value: "attaching the number to \(target), once", role: .accent))
        case .finished(let outcome):
            title = outcome.isBought ? "Bought" : "Not bought"
            lines = resultLines(outcome, quote: quote)
            if let routing = state.routing, case .bought(let receipt, _) = outcome {
                lines.insert(
                    NumberDetail.Line(label: "Routing", value: routing.summary(of: receipt.e164, to: state.route.selected), role: routing.isAssigned ? .free : .error),
                    at: 1)
            }
        }
        drawBox(title: title, lines: lines, footer: footer, buttons: buttonRow(state), in: area, painter: painter)
    }

    /// A centred dialog box: `lines`, then `footer` after a blank row, then the button row.
    static func drawBox(
        title: String, lines: [NumberDetail.Line], footer: [NumberDetail.Line], buttons: [Button], in area: Rect, painter: Painter
    ) {
        let height = min(area.height, lines.count + footer.count + (footer.isEmpty ? 0 : 1) + 4)
        let box = area.centred(height: height, width: min(area.width - 2, 76))
        painter.box(box, title: title)
        let inner = box.inset(1).insetHorizontally(1)
        let bodyHeight = inner.height - 2 - (footer.isEmpty ? 0 : footer.count + 1)
        NumberDetail.draw(lines, in: Rect(top: inner.top, left: inner.left, height: bodyHeight, width: inner.width), painter: painter)
        if !footer.isEmpty {
            NumberDetail.draw(footer, in: Rect(top: inner.top + bodyHeight + 1, left: inner.left, height: footer.count, width: inner.width), painter: painter)
        }
        drawButtons(buttons, row: inner.bottom - 1, rect: inner, painter: painter)
    }

    /// The outcome and, for a purchase, what the provider reported.
    static func resultLines(_ outcome: PurchaseOutcome, quote: PurchaseQuote) -> [NumberDetail.Line] {
        var lines = [NumberDetail.Line(label: "Result", value: outcome.summary, role: outcome.isBought ? .free : .error)]
        // A refusal's own words get their own line, so they are not cut off behind the headline.
        if case .failed(let error) = outcome, let message = error.providerMessage, !message.isEmpty {
            var headline = error
            headline.providerMessage = nil
            lines = [
                NumberDetail.Line(label: "Result", value: "not bought: \(headline.description)", role: .error),
                NumberDetail.Line(label: "Provider says", value: message.terminalSafe, role: .error),
            ]
        }
        if case .bought(let receipt, _) = outcome {
            lines.append(NumberDetail.Line(label: "Number", value: NumberFormatting.readable(receipt.e164)))
            lines.append(NumberDetail.Line(label: "Status", value: receipt.status.label, role: NumberDetail.statusRole(receipt.status)))
            if let message = receipt.message { lines.append(NumberDetail.Line(label: "Provider says", value: message)) }
            if let account = receipt.accountID { lines.append(NumberDetail.Line(label: "Account", value: Redactor.maskIdentifier(account))) }
            lines += quote.chargeLines(for: receipt).map { NumberDetail.Line(label: $0.label, value: $0.value, role: role($0.emphasis)) }
        }
        return lines
    }

    enum Button: Hashable {
        /// `wait`: tenths of a second before Buy can be pressed (the arming delay, counted down on the button).
        case cancel(focused: Bool), buy(focused: Bool, armed: Bool, wait: Int), release(focused: Bool, armed: Bool, wait: Int), close
        /// Cancels a pending release (armed like Release).
        case restore(focused: Bool, armed: Bool, wait: Int)
        /// A paused batch: stop the rest, or go on with them (armed like Buy).
        case stop(focused: Bool), goOn(focused: Bool, armed: Bool, wait: Int)
        /// Any other confirming button (`Route`, `Detach`), armed like Buy.
        case action(String, focused: Bool, armed: Bool, wait: Int)
    }

    static func buttonRow(_ state: PurchaseState) -> [Button] {
        switch state.phase {
        case .idle, .confirming:
            [.cancel(focused: state.gate.focus == .cancel), .buy(focused: state.gate.focus == .buy, armed: state.isBuyArmed, wait: state.gate.armingTenths)]
        case .checking, .sending, .reconciling, .routing: []
        case .finished: [.close]
        }
    }

    static func drawButtons(_ buttons: [Button], row: Int, rect: Rect, painter: Painter) {
        let labels: [(String, Role)] = buttons.map { button in
            switch button {
            case .cancel(let focused): ("[ Cancel ]", focused ? .buttonFocused : .button)
            case .buy(let focused, let armed, let wait): armedButton("Buy", focused: focused, armed: armed, wait: wait)
            case .release(let focused, let armed, let wait): armedButton("Release", focused: focused, armed: armed, wait: wait)
            case .restore(let focused, let armed, let wait): armedButton("Restore", focused: focused, armed: armed, wait: wait)
            case .close: ("[ Close ]", .buttonFocused)
            case .stop(let focused): ("[ Stop ]", focused ? .buttonFocused : .button)
            case .goOn(let focused, let armed, let wait): armedButton("Go on", focused: focused, armed: armed, wait: wait)
            case .action(let name, let focused, let armed, let wait): armedButton(name, focused: focused, armed: armed, wait: wait)
            }
        }
        let total = labels.reduce(0) { $0 + $1.0.count } + 2 * max(0, labels.count - 1)
        var column = rect.left + max(0, (rect.width - total) / 2)
        for (label, role) in labels {
            column += painter.text(label, row: row, column: column, role: role) + 2
        }
    }

    /// `[ Buy in 0.7s ]` while arming, then `[ Buy ]`, greyed until armed.
    private static func armedButton(_ name: String, focused: Bool, armed: Bool, wait: Int) -> (String, Role) {
        (wait > 0 ? "[ \(name) in \(wait / 10).\(wait % 10)s ]" : "[ \(name) ]",
         focused ? (armed ? .buttonFocused : .buttonDisabled) : (armed ? .button : .buttonDisabled))
    }

    static func role(_ emphasis: QuoteLine.Emphasis) -> Role {
        switch emphasis {
        case .plain: .dialog
        case .fee: .fee
        case .warning: .warning
        }
    }
}
