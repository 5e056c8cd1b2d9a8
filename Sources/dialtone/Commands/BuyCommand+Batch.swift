import ArgumentParser
import DialtoneCore
import DialtoneViewModels
import Foundation

/// `dialtone buy NUMBER MORE…`: the TUI's batch without a screen. One combined quote, one
/// confirmation (the count typed, or `--yes`), then each number its own purchase by the core's
/// broker, one after another; a refusal or an unknown outcome stops the rest.
extension BuyCommand {
    /// Every number named, the first one first.
    var batchNumbers: [String] { [options.e164] + more.map { E164.normalise($0) ?? $0 } }

    @MainActor
    func buyBatch(session: ProfileSession, runtime: Runtime) async throws {
        let json = options.json
        var listings: [PhoneNumber] = []
        for e164 in batchNumbers {
            do {
                listings.append(try await InventoryLookup.find(e164, country: country, provider: session.provider))
            } catch {
                throw CommandFailure.exit(error, json: json)
            }
        }
        let batch = BatchPurchaseModel(journal: runtime.journal, armingDelay: .zero)
        batch.begin(listings.map { ($0, session) })
        await batch.settle()
        if let trunk {
            do { try batch.chooseRoute(trunk) } catch { throw CommandFailure.exit(error, json: json) }
        }
        guard let quote = batch.state.quote else { throw ExitCode(CommandFailure.Code.failed.rawValue) }
        printBatchQuote(batch.state, quote: quote)
        if let refusal = quote.limitRefusal {
            throw CommandFailure.exit(DialtoneError(.spendLimit, provider: session.provider.kind, detail: refusal), json: json, code: .spendLimit)
        }
        guard confirmedBatch(batch.state, quote: quote) else { throw ExitCode(CommandFailure.Code.declined.rawValue) }
        batch.state.requiredDigits.forEach(batch.typeDigit)
        batch.toggleFocus()
        batch.activate()
        await batch.settle()
        // Headless, a refusal does not wait for Go on: the rest are not sent.
        if case .paused = batch.state.phase { batch.dismiss() }
        try reportBatch(batch.state)
    }

    /// Each number, then the totals, accounts, requirements and limits, on stderr.
    private func printBatchQuote(_ state: BatchPurchaseState, quote: BatchQuote) {
        var lines: [(label: String, value: String)] = state.items.enumerated().map { index, item in ("#\(index + 1)", item.priceLine) }
        lines += quote.lines.map { ($0.label, $0.value) }
        if state.route.selected != nil, let route = state.route.line { lines.append((route.label, route.value)) }
        let width = lines.map(\.label.count).max() ?? 0
        for line in lines {
            StandardError.write("  \(line.label.padding(toLength: width, withPad: " ", startingAt: 0))  \(line.value)")
        }
    }

    private func confirmedBatch(_ state: BatchPurchaseState, quote: BatchQuote) -> Bool {
        if options.yes {
            guard quote.chargedNow.unknownCount == 0 else {
                StandardError.write("dialtone: nothing bought: a charge is unknown (a fee or currency was not stated); confirm it on a terminal")
                return false
            }
            return true
        }
        return TerminalPrompt.confirm(
            "\(state.question) Type their count (\(state.requiredDigits)) to confirm, anything else cancels:",
            expecting: state.requiredDigits, action: "bought")
    }

    /// One outcome per number (a JSON line each with `--json`); the exit code of the worst.
    private func reportBatch(_ state: BatchPurchaseState) throws {
        var code: CommandFailure.Code?
        for item in state.items {
            var (name, summary): (String, String)
            var extra: [(String, String)] = []
            if let outcome = item.outcome {
                (name, summary) = (outcomeName(outcome), outcome.summary)
                if let routing = item.routing {
                    summary += "; " + routing.summary(of: item.number.e164, to: state.route.selected)
                    extra = [("routing", routing.isAssigned ? "assigned" : "not_assigned"), ("routes_to", state.route.selected?.name ?? "")]
                }
                code = Self.worse(code, Self.exitCode(outcome))
            } else {
                (name, summary) = ("not_sent", "\(NumberFormatting.readable(item.number.e164)): not sent (\(state.stopReason ?? "the batch stopped"))")
                code = Self.worse(code, .failed)
            }
            if options.json {
                print(RecordWriter.jsonLine(Record(fields: [("outcome", name), ("number", item.number.e164), ("summary", summary)] + extra)), terminator: "")
            } else {
                StandardError.write("dialtone: \(summary)")
            }
        }
        if let code { throw ExitCode(code.rawValue) }
    }

    /// The exit code an outcome alone would give `buy`; `nil` for a plain success.
    static func exitCode(_ outcome: PurchaseOutcome) -> CommandFailure.Code? {
        switch outcome {
        case .bought(_, reconciled: false): nil
        case .failed(let error) where error.kind == .spendLimit: .spendLimit
        case .failed: .failed
        // The provider's answer was lost: whatever the owned list showed, say so with 3.
        case .bought(_, reconciled: true), .notBought, .unknown: .outcomeUnknown
        }
    }

    /// An unknown outcome outranks a spend limit, which outranks a refusal.
    private static func worse(_ one: CommandFailure.Code?, _ other: CommandFailure.Code?) -> CommandFailure.Code? {
        let rank: [CommandFailure.Code: Int] = [.failed: 1, .spendLimit: 2, .outcomeUnknown: 3]
        guard let one else { return other }
        guard let other else { return one }
        return (rank[other] ?? 0) > (rank[one] ?? 0) ? other : one
    }
}
