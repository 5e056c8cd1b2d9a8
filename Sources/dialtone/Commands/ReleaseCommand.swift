import ArgumentParser
import DialtoneCore
import DialtoneViewModels
import Foundation

/// `dialtone release NUMBER`: the TUI's release — the last four digits typed, the intent
/// journalled before the one DELETE, an unanswered release reconciled against the owned list.
///
/// Exit codes (as `buy`): 0 released, 1 failed, 2 usage, 3 outcome unknown, 4 declined.
struct ReleaseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "release",
        abstract: "Give up one owned number of the active profile's account. Cannot be undone.",
        discussion: """
            Shows what stops (calls and messages to the number, its monthly fee) and asks for the number's \
            last four digits on a terminal; keys typed before the question appeared are discarded. Without a \
            terminal it refuses unless --yes is given. Agni documents no release.
            Exit codes: 0 released, 1 failed, 2 usage, 3 the provider's answer was lost (the message says what \
            the owned list showed), 4 declined.
            """
    )

    @OptionGroup var global: GlobalOptions

    @OptionGroup var options: OneNumberOptions

    @MainActor
    func run() async throws {
        let (e164, json) = (options.e164, options.json)
        let runtime = try await Runtime.forCommand(global, json: json, failureCode: .usage)
        defer { Task { await runtime.shutdown() } }
        let session = runtime.active
        await runtime.reconcileJournal()
        guard session.provider.features.canRelease else {
            throw CommandFailure.exit(
                DialtoneError(.unsupported, provider: session.provider.kind, detail: "\(session.provider.kind.displayName) documents no way to release a number; nothing was sent"),
                json: json)
        }
        let owned: OwnedNumber
        do {
            guard let match = try await session.provider.ownedNumberList(.all).numbers.first(where: { $0.e164 == e164 }) else {
                throw DialtoneError(.notFound, provider: session.provider.kind, detail: "\(e164) is not in the owned list of profile \(session.name); nothing was sent")
            }
            owned = match
        } catch {
            throw CommandFailure.exit(error, json: json)
        }
        let release = ReleaseModel(journal: runtime.journal, armingDelay: .zero)
        release.begin(owned, session: session)
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

    private func confirmed(digits: String) -> Bool {
        if options.yes { return true }
        return TerminalPrompt.confirm(
            "Release this number? It cannot be undone. Type the last four digits (\(digits)) to confirm, anything else cancels:",
            expecting: digits, action: "released")
    }

    private func report(_ state: ReleaseState) throws {
        guard case .finished(let outcome) = state.phase else { throw ExitCode(CommandFailure.Code.outcomeUnknown.rawValue) }
        options.report(outcome: outcomeName(outcome), summary: outcome.summary)
        switch outcome {
        case .released(_, reconciled: false): return
        case .failed: throw ExitCode(CommandFailure.Code.failed.rawValue)
        case .released(_, reconciled: true), .notReleased, .unknown: throw ExitCode(CommandFailure.Code.outcomeUnknown.rawValue)
        }
    }

    private func outcomeName(_ outcome: ReleaseOutcome) -> String {
        switch outcome {
        case .released: "released"
        case .failed: "failed"
        case .notReleased: "not_released"
        case .unknown: "unknown"
        }
    }
}
