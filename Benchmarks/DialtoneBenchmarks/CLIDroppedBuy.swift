import DialtoneCore
import DialtoneSandbox
import Foundation

/// `dialtone buy --yes` against a sandbox that commits the purchase and drops the answer:
/// the CLI must exit 3 (outcome unknown, README "buy exits") after reconciling, journal
/// `intent`, `unknown`, `reconciled_bought`, and a second `buy` of the same number must exit 1
/// (failed) because the number is no longer for sale, without charging again.
enum CLIDroppedBuy {
    static let key = "fault.cli_drop"
    static let what = "fault sweep: dialtone buy, answer dropped, then again"
    static let budget = "exit 3, then 1 (not found), bought once"
    /// The journal of the first run, line by line.
    static let expectedStates = ["intent", "unknown", "reconciled_bought"]

    static func run(dialtone: String?) async throws -> BenchmarkRow {
        guard let dialtone else {
            return BenchmarkRow(key: key, what: what, measured: "not run", budget: budget, passed: false,
                                detail: "the CLI row runs the dialtone binary: give --dialtone PATH")
        }
        let sandbox = try await SandboxSessions.start(numbers: 2_000)
        defer { Task { await sandbox.stop() } }
        let home = try SandboxSessions.temporaryFolder("cli-buy")
        let environment = SandboxSessions.childEnvironment(sandbox, home: home)
        let provider = SandboxSessions.vobiz(sandbox)
        guard let number = try await provider.searchInventory(InventoryQuery(country: "US", pageSize: 5)).items.first else {
            throw BenchmarkFailure("the sandbox listed no US numbers")
        }
        let audit = try await LedgerAudit(sandbox: sandbox, provider: provider, currencies: [number.currency])
        sandbox.setFaults(SandboxFaults(dropAfterCommit: 1))
        let first = try ChildProcess.run(dialtone, ["buy", number.e164, "--yes", "--json"], environment: environment)
        let second = try ChildProcess.run(dialtone, ["buy", number.e164, "--yes", "--json"], environment: environment)
        let dropsLeft = sandbox.faults.dropAfterCommit
        sandbox.setFaults(.none)
        let journal = PurchaseJournal(path: home + "/state/dialtone/purchases.jsonl")
        let states = try journal.read().entries.map(\.state.rawValue)
        let result = try await audit.verify(journal: journal)
        var findings: [String] = []
        if dropsLeft > 0 { findings.append("the answer was never dropped") }
        if !first.exited(3) { findings.append("first run: \(first.exitDescription), not exit 3: \(first.lastLine)") }
        if !second.exited(1) || !second.output.contains(#""kind":"notFound""#) {
            findings.append("second run: \(second.exitDescription), not exit 1 with a notFound error: \(second.lastLine)")
        }
        if states != expectedStates { findings.append("journal is not \(expectedStates.joined(separator: " → "))") }
        if !result.agrees || result.journalBought != [number.e164] { findings.append("the journal and the ledger disagree") }
        return BenchmarkRow(
            key: key, what: what,
            measured: "\(first.exitDescription) then \(second.exitDescription); \(result.agrees ? "journal = ledger" : "MISMATCH")",
            budget: budget, passed: findings.isEmpty,
            detail: (findings.isEmpty ? "✓ as documented" : "✗ \(findings.joined(separator: "; "))")
                + "; journal: \(states.joined(separator: " → ")); \(result.summary); first run \(first.milliseconds.ms)")
    }
}

/// A failure of the benchmark itself (not of a budget).
struct BenchmarkFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
