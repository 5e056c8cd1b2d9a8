import ArgumentParser
import DialtoneCore
import DialtoneViewModels
import Foundation

/// `dialtone buy NUMBER`: the same quote, re-check, journal, single POST and reconciliation as the TUI.
///
/// Exit codes: 0 bought, 1 failed, 2 usage, 3 outcome unknown, 4 declined, 5 refused by a spend limit.
/// With several numbers the whole batch is one quote and one confirmation (`BuyCommand+Batch`).
struct BuyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "buy",
        abstract: "Buy one number from the active profile's provider, after showing its fees.",
        discussion: """
            On a terminal, asks for confirmation (the last four digits when the charge is above the \
            profile's confirm_above or unknown); keys typed before the quote appeared are discarded. \
            Without a terminal it refuses unless --yes is given. Just before buying, the listing is read \
            again: if its price changed, the new quote is shown and asked for again (with --yes, nothing \
            is bought).
            With several numbers, one combined quote is shown and confirmed by typing their count (or \
            --yes); they are bought one after another, each its own journalled purchase, and a refusal \
            or an unknown outcome stops the rest.
            Exit codes: 0 bought, 1 failed, 2 usage, 3 the provider's answer was lost (the message says what \
            the owned list showed; check `dialtone owned`), 4 declined, 5 refused by a spend limit \
            (spend_limit_daily or spend_limit_monthly; nothing was sent, and the message says by how much).
            """
    )

    @OptionGroup var global: GlobalOptions

    @OptionGroup var options: OneNumberOptions

    @Argument(help: ArgumentHelp("More numbers: all are quoted together, confirmed by typing their count (or --yes), and bought one after another; a refusal or an unknown outcome stops the rest.", valueName: "more"))
    var more: [String] = []

    @Option(name: .long, help: ArgumentHelp("ISO country of the number, when its calling code is shared (Plivo search).", valueName: "CC"))
    var country: String?

    @Option(name: .customLong("app-id"), help: ArgumentHelp("Plivo: the application to attach the number to (else the profile's app_id, else Plivo's default).", valueName: "id"))
    var appID: String?

    @Option(name: .long, help: ArgumentHelp("Vobiz: route the bought number to this trunk (name or id), as a journalled change right after a bought answer; its failure does not undo the purchase.", valueName: "name|id"))
    var trunk: String?

    @Option(name: .customLong("cnam-lookup"), help: ArgumentHelp("Plivo: CNAM lookup for the number, enabled or disabled (US only).", valueName: "enabled|disabled"))
    var cnamLookup: String?

    @Option(name: .long, help: ArgumentHelp("Plivo: buy with the main account for this sub-account (the main account pays).", valueName: "SA…"))
    var subaccount: String?

    @Option(name: .customLong("compliance-application-id"), help: ArgumentHelp("Plivo: the accepted compliance application to attach to the number (else the profile's compliance_application_id, else Plivo picks the most recent applicable one).", valueName: "uuid"))
    var complianceApplicationID: String?

    func validate() throws {
        if let cnamLookup, PlivoBuyOptions.cnamLookup(cnamLookup) == nil {
            throw ValidationError("--cnam-lookup must be enabled or disabled, not \(cnamLookup)")
        }
        if let problem = plivoOptions.problem { throw ValidationError("--\(problem.key.replacingOccurrences(of: "_", with: "-")): \(problem.message)") }
        if let bad = more.first(where: { E164.normalise($0) == nil }) {
            throw ValidationError("\(bad) is not a phone number; use E.164 such as +14155551234")
        }
        if Set(batchNumbers).count != batchNumbers.count { throw ValidationError("a number is named twice") }
    }

    /// The Plivo buy options given on the command line (each one overrides the profile's key).
    private var plivoOptions: PlivoBuyOptions {
        PlivoBuyOptions(
            appID: appID, cnamLookup: cnamLookup.flatMap(PlivoBuyOptions.cnamLookup), subaccount: subaccount,
            complianceApplicationID: complianceApplicationID)
    }

    /// The active session, its Plivo client buying with the command line's options.
    private func session(_ runtime: Runtime) throws -> ProfileSession {
        var session = runtime.active
        guard plivoOptions != .none else { return session }
        guard let plivo = session.provider as? PlivoClient else {
            throw CommandFailure.exit(
                DialtoneError(.configuration, detail: "--app-id, --cnam-lookup, --subaccount and --compliance-application-id apply to Plivo profiles only; \(session.name) is \(session.provider.kind.displayName)"),
                json: options.json)
        }
        session.provider = plivo.buying(with: plivo.buyOptions.overridden(by: plivoOptions))
        return session
    }

    @MainActor
    func run() async throws {
        let (e164, json) = (options.e164, options.json)
        let runtime = try await Runtime.forCommand(global, json: json, failureCode: .usage)
        defer { Task { await runtime.shutdown() } }
        let session = try session(runtime)
        await runtime.reconcileJournal()
        if !more.isEmpty { return try await buyBatch(session: session, runtime: runtime) }
        // The quote is read on a terminal or confirmed by --yes: no dialog to see, no arming delay.
        let purchase = PurchaseModel(journal: runtime.journal, armingDelay: .zero)

        let listing: PhoneNumber
        do {
            listing = try await InventoryLookup.find(e164, country: country, provider: session.provider)
        } catch {
            throw CommandFailure.exit(error, json: json)
        }
        purchase.begin(listing, listedAt: Date(), session: session)
        await purchase.settle()
        if let trunk {
            do { try purchase.chooseRoute(trunk) } catch { throw CommandFailure.exit(error, json: json) }
        }
        while purchase.state.phase == .confirming {
            guard let quote = purchase.state.quote else { throw ExitCode(CommandFailure.Code.failed.rawValue) }
            if let notice = purchase.state.notice { StandardError.write("dialtone: \(notice)") }
            printQuote(quote, route: purchase.state.route)
            if let refusal = quote.limitRefusal {
                throw CommandFailure.exit(DialtoneError(.spendLimit, provider: quote.number.provider, detail: refusal), json: json, code: .spendLimit)
            }
            guard confirmed(purchase.state, priceChanged: purchase.state.notice != nil) else {
                throw ExitCode(CommandFailure.Code.declined.rawValue)
            }
            if let digits = purchase.state.requiredDigits { digits.forEach(purchase.typeDigit) }
            purchase.toggleFocus()
            purchase.activate()
            await purchase.settle()
        }
        try report(purchase.state)
    }

    /// Shows the quote on stderr (stdout stays for data and `--json`).
    private func printQuote(_ quote: PurchaseQuote, route: RouteChoice) {
        let lines = quote.lines + (route.selected == nil ? [] : route.line.map { [$0] } ?? [])
        let width = lines.map(\.label.count).max() ?? 0
        for line in lines {
            StandardError.write("  \(line.label.padding(toLength: width, withPad: " ", startingAt: 0))  \(line.value)")
        }
    }

    private func confirmed(_ state: PurchaseState, priceChanged: Bool) -> Bool {
        if options.yes {
            if priceChanged {
                StandardError.write("dialtone: not bought: the price changed after it was quoted; run again to buy at the new price")
                return false
            }
            if state.quote?.chargedNow == nil {
                StandardError.write("dialtone: not bought: the charge is unknown (a fee was not stated); confirm it on a terminal")
                return false
            }
            return true
        }
        let expected = state.requiredDigits ?? "yes"
        let ask = state.requiredDigits.map { "type the last four digits (\($0))" } ?? "type yes"
        return TerminalPrompt.confirm("Buy this number? \(ask) to confirm, anything else cancels:", expecting: expected, action: "bought")
    }

    private func report(_ state: PurchaseState) throws {
        guard case .finished(let outcome) = state.phase else { throw ExitCode(CommandFailure.Code.outcomeUnknown.rawValue) }
        let routing = state.routing.map { ($0, state.route.selected) }
        let summary = [outcome.summary] + (routing.map { [$0.summary(of: options.e164, to: $1)] } ?? [])
        options.report(
            outcome: outcomeName(outcome), summary: summary.joined(separator: "; "),
            extra: routing.map { [("routing", $0.isAssigned ? "assigned" : "not_assigned"), ("routes_to", $1?.name ?? "")] } ?? [])
        if !options.json, case .bought(let receipt, _) = outcome, let quote = state.quote {
            for line in quote.chargeLines(for: receipt) { StandardError.write("  \(line.label)  \(line.value)") }
        }
        if let code = Self.exitCode(outcome) { throw ExitCode(code.rawValue) }
    }

    func outcomeName(_ outcome: PurchaseOutcome) -> String {
        switch outcome {
        case .bought: "bought"
        case .failed: "failed"
        case .notBought: "not_bought"
        case .unknown: "unknown"
        }
    }
}
