import DialtoneCore
import DialtoneViewModels
import Foundation

/// The reliability sweep: every `FaultScenario` through `AppModel`, then the CLI's `dialtone buy`
/// with its answer dropped. Each row passes when every attempted purchase reached an outcome
/// (at least one bought), keys stayed fast, errors were shown, nothing was bought twice and the
/// journal agrees with the sandbox's ledger.
@MainActor
enum FaultSweep {
    /// The slowest key → frame allowed while requests are slow or failing: one 60 Hz frame. A key
    /// that waited on the network would take ≥ 200 ms; the 2 ms render budget is for in-page
    /// j/k and is measured by `RenderBenchmark` (these keys include dialog frames and share the
    /// two cores with the in-process sandbox).
    static let keyBudget = 16.0

    static func run(dialtone: String?) async throws -> [BenchmarkRow] {
        var rows: [BenchmarkRow] = []
        for scenario in FaultScenario.all {
            note("fault sweep: \(scenario.name)")
            let seen = try await scenario.run()
            rows.append(row(scenario, seen))
        }
        if let dialtone {
            note("fault sweep: dialtone buy with the answer dropped")
            rows.append(try await CLIDroppedBuy.run(dialtone: dialtone))
        }
        return rows
    }

    private static func row(_ scenario: FaultScenario, _ seen: FaultScenario.Observation) -> BenchmarkRow {
        let p99 = Measure.percentile(seen.keyTimes, 0.99)
        let worst = seen.keyTimes.max() ?? 0
        let failed = seen.outcomes.filter { !$0.isBought }.count
        let shown = seen.errorMessages >= failed
        let attempted = seen.outcomes.count >= scenario.purchases
        let tally = Dictionary(grouping: seen.outcomes.map(label), by: \.self).map { "\($0.value.count) \($0.key)" }.sorted()
        return BenchmarkRow(
            key: "fault.\(scenario.name.lowercased().replacingOccurrences(of: " ", with: "_"))",
            what: "fault sweep: \(scenario.name)",
            measured: "key max \(worst.ms) (p99 \(p99.ms)); \(seen.audit.agrees ? "journal = ledger" : "MISMATCH")",
            budget: "no key waits (< \(Int(keyBudget)) ms), no double buy",
            passed: attempted && worst < keyBudget && seen.audit.agrees && shown,
            detail: "\(attempted ? "✓" : "✗") \(seen.outcomes.count) of \(scenario.purchases) purchases reached an outcome; "
                + "\(seen.keyTimes.count) keys; outcomes: \(tally.joined(separator: ", ")); "
                + "\(seen.ignoredRepeats) Enter/b repeats sent in flight; errors shown: \(seen.errorMessages)/\(failed); \(seen.audit.summary)")
    }

    private static func label(_ outcome: PurchaseOutcome) -> String {
        switch outcome {
        case .bought(_, let reconciled): reconciled ? "bought (reconciled)" : "bought"
        case .failed(let error): "failed \(error.kind.rawValue)"
        case .notBought: "not bought"
        case .unknown: "unknown"
        }
    }
}
