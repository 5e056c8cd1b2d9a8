import ArgumentParser
import DialtoneCore
import DialtoneViewModels
import Foundation

/// What `assign` and `unassign` do: find the number and the target, show the change, ask, and
/// hand it to the `Broker`.
struct RoutingChange {
    var global: GlobalOptions
    var options: OneNumberOptions
    /// The kind and name or id of the target; `nil` to detach.
    var wanted: (kind: NumberRoute.Kind, text: String)?

    @MainActor
    func run() async throws {
        let json = options.json
        let runtime = try await Runtime.forCommand(global, json: json, failureCode: .usage)
        defer { Task { await runtime.shutdown() } }
        let session = runtime.active
        await runtime.reconcileJournal()
        let (number, target, known): (OwnedNumber, RouteTarget?, [RouteTarget])
        do {
            (number, target, known) = try await find(session)
        } catch {
            throw CommandFailure.exit(error, json: json)
        }
        let routing = RoutingLines(number: number, target: target, known: known, kind: session.provider.features.assignableRoute ?? .trunk)
        for line in routing.lines(profile: session.name, account: Redactor.maskIdentifier(session.provider.accountID)) {
            StandardError.write("  \(line.label.padding(toLength: 12, withPad: " ", startingAt: 0))  \(line.value)")
        }
        let digits = String(E164.digits(number.e164).suffix(4))
        guard confirmed(digits: digits) else { throw ExitCode(CommandFailure.Code.declined.rawValue) }
        let broker = Broker(journal: runtime.journal)
        switch await broker.assign(number, to: target, by: session, known: known) {
        case .changed(_, let what):
            let error = DialtoneError(.validation, provider: session.provider.kind, detail: "\(what); nothing was sent")
            throw CommandFailure.exit(error, json: json)
        case .ended(let outcome):
            try report(outcome, number: number, target: target, routing: routing)
        }
    }

    /// The owned entry and the target, read from the provider; refuses what cannot be done.
    private func find(_ session: ProfileSession) async throws -> (OwnedNumber, RouteTarget?, [RouteTarget]) {
        let provider = session.provider
        let kind = provider.kind
        guard let routeKind = provider.features.assignableRoute else {
            throw DialtoneError(.unsupported, provider: kind, detail: "\(kind.displayName) documents no way to change where a number routes; nothing was sent")
        }
        if let wanted, wanted.kind != routeKind {
            let option = routeKind == .trunk ? "--trunk" : "--app"
            throw DialtoneError(.validation, provider: kind, detail: "\(kind.displayName) routes numbers to a \(routeKind.noun): use \(option); nothing was sent")
        }
        guard let number = try await provider.ownedNumberList(.all).numbers.first(where: { $0.e164 == options.e164 }) else {
            throw DialtoneError(.notFound, provider: kind, detail: "\(options.e164) is not in the owned list of profile \(session.name); nothing was sent")
        }
        let known = try await provider.routeTargets()
        return (number, try wanted.map { try known.named($0.text, provider: kind) }, known)
    }

    private func confirmed(digits: String) -> Bool {
        if options.yes { return true }
        let question = wanted == nil
            ? "Detach this number? It will answer no call. Type the last four digits (\(digits)) to confirm, anything else cancels:"
            : "Change where this number routes? Live calls may drop. Type the last four digits (\(digits)) to confirm, anything else cancels:"
        return TerminalPrompt.confirm(question, expecting: digits, action: "changed")
    }

    private func report(_ outcome: AssignOutcome, number: OwnedNumber, target: RouteTarget?, routing: RoutingLines) throws {
        let extra = [("routes_from", routing.before ?? ""), ("routes_to", target?.name ?? "")]
        options.report(outcome: Self.name(of: outcome), summary: outcome.summary(of: number.e164, to: target), extra: extra)
        switch outcome {
        case .assigned(_, reconciled: false): return
        case .failed: throw ExitCode(CommandFailure.Code.failed.rawValue)
        case .assigned(_, reconciled: true), .notAssigned, .unknown: throw ExitCode(CommandFailure.Code.outcomeUnknown.rawValue)
        }
    }

    private static func name(of outcome: AssignOutcome) -> String {
        switch outcome {
        case .assigned: "assigned"
        case .failed: "failed"
        case .notAssigned: "not_assigned"
        case .unknown: "unknown"
        }
    }
}
