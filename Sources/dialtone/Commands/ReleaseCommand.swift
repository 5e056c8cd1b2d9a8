import ArgumentParser
import DialtoneCore
import DialtoneViewModels
import Foundation

/// `dialtone release NUMBER`: the TUI's release — the last four digits typed, the intent
/// journalled before the one DELETE, an unanswered release reconciled against the owned list.
/// `--cancel` takes back a release still in its cooldown (Vobiz) the same way.
///
/// Exit codes (as `buy`): 0 done, 1 failed, 2 usage, 3 outcome unknown, 4 declined.
struct ReleaseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "release",
        abstract: "Give up one owned number of the active profile's account, or (--cancel) take a pending release back.",
        discussion: """
            Shows what stops (calls and messages to the number, its monthly fee) and asks for the number's \
            last four digits on a terminal; keys typed before the question appeared are discarded. Without a \
            terminal it refuses unless --yes is given. Agni documents no release. A Vobiz release may charge a \
            release fee and keeps the number pending release for 24 hours; until then --cancel restores it and \
            refunds the fee. Afterwards the number may go to someone else.
            Exit codes: 0 released (or restored), 1 failed, 2 usage, 3 the provider's answer was lost (the \
            message says what the owned list showed), 4 declined.
            """
    )

    @OptionGroup var global: GlobalOptions

    @OptionGroup var options: OneNumberOptions

    @Flag(name: .long, help: "Cancel the number's pending release (Vobiz, during its cooldown): active again, fee refunded.")
    var cancel = false

    private var action: ReleaseAction { cancel ? .cancelRelease : .release }

    @MainActor
    func run() async throws {
        let (e164, json) = (options.e164, options.json)
        let runtime = try await Runtime.forCommand(global, json: json, failureCode: .usage)
        defer { Task { await runtime.shutdown() } }
        let session = runtime.active
        await runtime.reconcileJournal()
        let kind = session.provider.kind
        let owned: OwnedNumber
        do {
            try Self.check(action, features: session.provider.features, provider: kind)
            guard let match = try await session.provider.ownedNumberList(.all).numbers.first(where: { $0.e164 == e164 }) else {
                throw DialtoneError(.notFound, provider: kind, detail: "\(e164) is not in the owned list of profile \(session.name); nothing was sent")
            }
            owned = match
        } catch {
            throw CommandFailure.exit(error, json: json)
        }
        let release = ReleaseModel(journal: runtime.journal, armingDelay: .zero)
        let opened = cancel ? release.beginCancel(owned, session: session) : release.begin(owned, session: session)
        guard opened else {
            let detail = cancel ? "\(e164) is not pending release; nothing was sent" : "\(e164) is already pending release (--cancel takes it back); nothing was sent"
            throw CommandFailure.exit(DialtoneError(.validation, provider: kind, detail: detail), json: json)
        }
        for line in release.state.lines {
            StandardError.write("  \(line.label.padding(toLength: 12, withPad: " ", startingAt: 0))  \(line.value)")
        }
        guard confirmed(digits: release.state.requiredDigits) else { throw ExitCode(CommandFailure.Code.declined.rawValue) }
        release.state.requiredDigits.forEach(release.typeDigit)
        release.toggleFocus()
        release.activate()
        await release.settle()
        try report(release.state)
    }

    /// Refuses, before anything is read or sent, what the provider documents no way to do.
    private static func check(_ action: ReleaseAction, features: ProviderFeatures, provider: ProviderKind) throws {
        switch action {
        case .release where !features.canRelease:
            throw DialtoneError(.unsupported, provider: provider, detail: "\(provider.displayName) documents no way to release a number; nothing was sent")
        case .cancelRelease where !features.canCancelRelease:
            throw DialtoneError(.unsupported, provider: provider, detail: "\(provider.displayName) documents no way to cancel a release; nothing was sent")
        default:
            return
        }
    }

    private func confirmed(digits: String) -> Bool {
        if options.yes { return true }
        let question = cancel
            ? "Cancel this number's release and keep it? Type the last four digits (\(digits)) to confirm, anything else leaves it pending:"
            : "Release this number? It cannot be undone once any cooldown ends. Type the last four digits (\(digits)) to confirm, anything else cancels:"
        return TerminalPrompt.confirm(question, expecting: digits, action: cancel ? "restored" : "released")
    }

    private func report(_ state: ReleaseState) throws {
        guard case .finished(let outcome) = state.phase else { throw ExitCode(CommandFailure.Code.outcomeUnknown.rawValue) }
        options.report(outcome: Self.name(of: outcome), summary: outcome.summary(of: action), extra: Self.details(of: outcome))
        if case .released(let receipt, _) = outcome, receipt.cooldownEndsAt != nil, !options.json {
            StandardError.write("dialtone: until then, dialtone release --cancel \(options.e164) takes it back and refunds the fee")
        }
        switch outcome {
        case .released(_, reconciled: false), .restored(_, reconciled: false): return
        case .failed: throw ExitCode(CommandFailure.Code.failed.rawValue)
        case .released(_, reconciled: true), .restored(_, reconciled: true), .notReleased, .notRestored, .unknown:
            throw ExitCode(CommandFailure.Code.outcomeUnknown.rawValue)
        }
    }

    private static func name(of outcome: ReleaseOutcome) -> String {
        switch outcome {
        case .released: "released"
        case .restored: "restored"
        case .failed: "failed"
        case .notReleased: "not_released"
        case .notRestored: "not_restored"
        case .unknown: "unknown"
        }
    }

    /// The fee, refund and cooldown end the provider reported, for `--json`.
    private static func details(of outcome: ReleaseOutcome) -> [(String, String)] {
        switch outcome {
        case .released(let receipt, _):
            var fields: [(String, String)] = []
            if let fee = receipt.releaseFee { fields += [("release_fee", Records.amount(fee)), ("currency", fee.currency)] }
            if let end = receipt.cooldownEndsAt { fields.append(("cooldown_ends_at", end)) }
            return fields
        case .restored(let receipt, _):
            guard let refund = receipt.refunded else { return [] }
            return [("refunded", Records.amount(refund)), ("currency", refund.currency)]
        case .failed, .notReleased, .notRestored, .unknown:
            return []
        }
    }
}
