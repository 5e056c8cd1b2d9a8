import DialtoneCore
import DialtoneSandbox
import Foundation

/// `dialtone buy --yes` against a sandbox that commits the purchase and drops the answer:
/// the CLI must exit 3 after reconciling, journal `unknown` then `reconciled_bought`, and a
/// second `buy` of the same number must not charge again.
enum CLIDroppedBuy {
    static func run(dialtone: String) async throws -> BenchmarkRow {
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
        sandbox.setFaults(.none)
        let journal = PurchaseJournal(path: home + "/state/dialtone/purchases.jsonl")
        let states = try journal.read().entries.map(\.state.rawValue)
        let result = try await audit.verify(journal: journal)
        let expected = first.status == 3 && second.status != 0 && result.journalBought == [number.e164]
            && result.newlyOwned == [number.e164] && result.balancesExact && result.ledgerConsistent
        return BenchmarkRow(
            key: "fault.cli_drop", what: "fault sweep: dialtone buy, answer dropped, then again",
            measured: "exit \(first.status) then \(second.status); \(result.journalBought == result.newlyOwned ? "journal = ledger" : "MISMATCH")",
            budget: "exit 3, bought once", passed: expected,
            detail: "journal: \(states.joined(separator: " → ")); \(result.summary); first run \(first.milliseconds.ms)")
    }
}

/// A failure of the benchmark itself (not of a budget).
struct BenchmarkFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
