import DialtoneCore
import DialtoneSandbox
import Foundation

/// Runs one `CampaignRound`: sets its faults, starts every operation's `dialtone` at once, kills
/// the chosen ones with SIGKILL once their intent is journalled, and waits until every process
/// has ended and every request the sandbox still holds has been committed or abandoned.
struct CampaignRoundRunner {
    let sandbox: RunningSandbox
    let dialtone: String
    let environment: [String: String]
    let journal: PurchaseJournal

    /// What a round did.
    struct Outcome {
        var finished: [ChildProcess.Finished]
        /// Operations killed while their first intent was journalled and unsettled.
        var killed: Set<Int>
        /// Counted faults the sandbox used up.
        var serverErrorsAfterCommit: Int
        var droppedAnswers: Int
    }

    /// Runs `round`; `earlier`: the ids of the journal's lines before it.
    func run(_ round: CampaignRound, earlier: Set<UUID>) async throws -> Outcome {
        sandbox.setFaults(round.faults)
        let processes = try round.operations.map { try ChildProcess.start(dialtone, $0.arguments, environment: environment) }
        let killed = await withTaskGroup(of: Int?.self) { group in
            for (index, delay) in round.kills {
                let (process, numbers) = (processes[index], round.operations[index].numbers)
                group.addTask { await killInFlight(process, numbers: numbers, after: delay, earlier: earlier) ? index : nil }
            }
            return await group.reduce(into: Set<Int>()) { if let index = $1 { $0.insert(index) } }
        }
        var finished: [ChildProcess.Finished] = []
        for process in processes { finished.append(await process.finished()) }
        // A killed client's request may still be held: let it end under this round's faults.
        if !killed.isEmpty { try await Task.sleep(for: .milliseconds(round.faults.purchaseLatencyMilliseconds + 300)) }
        let left = sandbox.faults
        sandbox.setFaults(.none)
        return Outcome(
            finished: finished, killed: killed,
            serverErrorsAfterCommit: round.faults.gatewayTimeoutAfterCommit - left.gatewayTimeoutAfterCommit,
            droppedAnswers: round.faults.dropAfterCommit - left.dropAfterCommit)
    }

    /// Waits until one of `numbers` has a new unsettled intent (not one of the `earlier` lines),
    /// then `delay`, then sends SIGKILL if that intent is still unsettled. Returns whether it
    /// killed the process mid-flight.
    private func killInFlight(_ process: ChildProcess.Running, numbers: [String], after delay: Duration, earlier: Set<UUID>) async -> Bool {
        let deadline = ContinuousClock.now + .seconds(60)
        while process.isRunning, ContinuousClock.now < deadline {
            if let intent = unsettledIntent(of: numbers, besides: earlier) {
                try? await Task.sleep(for: delay)
                return unsettledIntent(of: numbers, besides: earlier) == intent && process.sigkill()
            }
            try? await Task.sleep(for: .milliseconds(5))
        }
        return false
    }

    /// The id of an intent for one of `numbers`, not among `earlier`, that has no outcome line yet.
    private func unsettledIntent(of numbers: [String], besides earlier: Set<UUID>) -> UUID? {
        guard let contents = try? journal.read() else { return nil }
        return contents.unresolvedIntents.first { numbers.contains($0.e164) && !earlier.contains($0.id) }?.id
    }
}
