import DialtoneCore
import Foundation

/// What the campaign ran and every rule it found broken.
///
/// After each round: an intent a process left unsettled without being killed is allowed only
/// while malformed owned entries were served (an owned list with an unreadable entry proves
/// nothing); an intent left unsettled by an earlier round must be settled by the starts of the
/// next round unless that round, too, served malformed entries or killed a process. At the end
/// the ledger audit decides the rest.
struct CampaignRecord {
    private(set) var operations: [String: Int] = [:]
    private(set) var faults: [CampaignFault: Int] = [:]
    private(set) var exits: [String: Int] = [:]
    private(set) var unknownWhileMalformed = 0
    private(set) var settledByNextStart = 0
    private(set) var violations: [String] = []
    /// Unsettled intents carried to the next round.
    private var pending: Set<UUID> = []

    /// Counts what `round` ran and checks the journal after it.
    mutating func record(_ round: CampaignRound, _ outcome: CampaignRoundRunner.Outcome, journal: JournalContents, earlier: Set<UUID>) {
        for (index, operation) in round.operations.enumerated() {
            operations[operation.name, default: 0] += 1
            let finished = outcome.finished[index]
            let killed = outcome.killed.contains(index)
            exits["\(operation.name) \(killed ? "killed" : finished.exitDescription)", default: 0] += 1
            if !killed, !CampaignOperation.exitCodes.contains(where: finished.exited) {
                violations.append("\(operation.arguments.joined(separator: " ")): \(finished.exitDescription), not one of "
                    + "\(CampaignOperation.exitCodes.map(String.init).joined(separator: ", ")): "
                    + finished.lastLine)
            }
        }
        countFaults(round, outcome)
        let unsettled = journal.unresolvedIntents
        let killedNumbers = Set(outcome.killed.flatMap { round.operations[$0].numbers })
        let excused = round.malformedOwned || !outcome.killed.isEmpty
        for intent in unsettled where pending.contains(intent.id) && !excused {
            violations.append("\(intent.e164): unsettled by the next start (\(intent.kind.rawValue))")
        }
        let resolvedNow = pending.filter { journal.isResolved($0) }
        settledByNextStart += resolvedNow.count
        for intent in unsettled where !earlier.contains(intent.id) && !killedNumbers.contains(intent.e164) {
            if round.malformedOwned {
                unknownWhileMalformed += 1
            } else {
                let operation = round.operations.firstIndex { $0.numbers.contains(intent.e164) }
                let said = operation.map { outcome.finished[$0].output }.flatMap { $0.split(separator: "\n").last.map(String.init) }
                violations.append("\(intent.e164): left unknown with no fault to explain it (\(said ?? "nothing said"))")
            }
        }
        pending = Set(unsettled.map(\.id))
    }

    /// The final start, with every fault off, must settle everything still open.
    mutating func recordFinalSettle(_ journal: JournalContents) {
        settledByNextStart += pending.filter { journal.isResolved($0) }.count
        for intent in journal.unresolvedIntents {
            violations.append("\(intent.e164): still unsettled after the final start with every fault off")
        }
        pending = []
    }

    /// Turns the ledger audit's findings into violations, naming the numbers where it can.
    mutating func recordAudit(_ audit: LedgerAudit.Result, journal: JournalContents) {
        func states(_ number: String) -> String {
            journal.entries.filter { $0.e164 == number && $0.kind == .purchase && $0.state != .intent }.map(\.state.rawValue)
                .joined(separator: "/")
        }
        for number in audit.newlyOwned.subtracting(audit.journalHolds).sorted() {
            violations.append("\(number): sold, but journalled \(states(number).isEmpty ? "as never sold" : states(number))")
        }
        for number in audit.journalHolds.subtracting(audit.newlyOwned).sorted() {
            violations.append("\(number): journalled bought (\(states(number))), but the sandbox does not hold it")
        }
        if audit.doubleBuys > 0 { violations.append("\(audit.doubleBuys) purchase(s) sent while the same number was open") }
        if !audit.balancesExact { violations.append(audit.balanceSummary) }
        if !audit.ledgerConsistent { violations.append("the sandbox's ledger is inconsistent") }
    }

    private mutating func countFaults(_ round: CampaignRound, _ outcome: CampaignRoundRunner.Outcome) {
        let readsOwned = round.operations.contains { if case .release = $0 { true } else { false } }
            || outcome.serverErrorsAfterCommit + outcome.droppedAnswers > 0
        let counts: [CampaignFault: Int] = [
            .latency: round.faults.latencyMilliseconds + round.faults.purchaseLatencyMilliseconds > 0 ? 1 : 0,
            .serverErrorAfterCommit: outcome.serverErrorsAfterCommit,
            .droppedAnswer: outcome.droppedAnswers,
            // Counted once per round in which an owned list was certainly read under the fault.
            .malformedOwned: round.malformedOwned && readsOwned ? 1 : 0,
            .sigkill: outcome.killed.count,
        ]
        faults.merge(counts, uniquingKeysWith: +)
    }
}
