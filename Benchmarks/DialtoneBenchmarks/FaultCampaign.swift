import DialtoneCore
import DialtoneSandbox
import Foundation

/// The randomized campaign: rounds of several `dialtone` processes (the release binary) buying,
/// batching, retrying and releasing at once against one sandbox, under random faults — latency,
/// a 504 after the commit, answers dropped after the commit, owned lists with unreadable
/// entries, SIGKILL mid-flight — sharing one journal. Then one start with every fault off, and
/// every journal line is checked against the sandbox's ledger (`LedgerAudit`, `CampaignRecord`).
///
/// The seed is printed; `DIALTONE_CAMPAIGN_SEED` replays one.
enum FaultCampaign {
    static let seedVariable = "DIALTONE_CAMPAIGN_SEED"
    /// The most numbers the account holds: its owned list stays on one page of the Vobiz
    /// client's 100, so no reconciliation reads a list that other processes shift between pages
    /// (an outcome left unknown, rightly, for a reason no injected fault explains).
    static let fleetCap = 90

    static func run(dialtone: String, rounds: Int) async throws -> BenchmarkRow {
        let seed = ProcessInfo.processInfo.environment[seedVariable].flatMap(UInt64.init) ?? UInt64.random(in: 1...999_999)
        note("fault campaign: seed \(seed) (\(seedVariable)=\(seed) replays it), \(rounds) rounds")
        let sandbox = try await SandboxSessions.start(numbers: 5_000)
        defer { Task { await sandbox.stop() } }
        let home = try SandboxSessions.temporaryFolder("campaign")
        var environment = SandboxSessions.childEnvironment(sandbox, home: home)
        environment["XDG_CACHE_HOME"] = home + "/cache"
        let journal = PurchaseJournal(path: home + "/state/dialtone/purchases.jsonl")
        let provider = SandboxSessions.vobiz(sandbox)
        let stock = try await Self.stock(provider, count: rounds * 6)
        let audit = try await LedgerAudit(sandbox: sandbox, provider: provider, currencies: Array(Set(stock.map(\.currency))))
        let batches = try Self.buyTakesSeveralNumbers(dialtone, environment: environment)
        var planner = CampaignPlanner(seed: seed, stock: stock.map(\.e164), batches: batches)
        let runner = CampaignRoundRunner(sandbox: sandbox, dialtone: dialtone, environment: environment, journal: journal)
        var record = CampaignRecord()
        var followed: Set<String> = []
        let started = ContinuousClock.now

        for _ in 0..<rounds {
            let contents = try journal.read()
            let owned = try await provider.ownedNumbers(.all).count
            let round = planner.next(
                releasable: Self.bought(contents).subtracting(followed).sorted(),
                retryable: Self.unsettledOrKilled(contents).subtracting(followed).sorted(), room: fleetCap - owned)
            for case .release(let number) in round.operations { followed.insert(number) }
            for case .retry(let number) in round.operations { followed.insert(number) }
            let earlier = Set(contents.entries.map(\.id))
            let outcome = try await runner.run(round, earlier: earlier)
            record.record(round, outcome, journal: try journal.read(), earlier: earlier)
        }
        let settle = try ChildProcess.run(dialtone, ["owned"], environment: environment)
        let final = try journal.read()
        record.recordFinalSettle(final)
        let result = try await audit.verify(journal: journal)
        record.recordAudit(result, journal: final)
        var campaignRow = row(record, result, seed: seed, rounds: rounds, batches: batches, settle: settle,
                              seconds: Measure.milliseconds(ContinuousClock.now - started) / 1_000)
        // A failed campaign keeps its journal for reading; a passing one leaves nothing behind.
        if campaignRow.verdict == .pass {
            try? FileManager.default.removeItem(atPath: home)
        } else {
            campaignRow.detail += "; journal kept in \(home)"
        }
        return campaignRow
    }

    private static func row(
        _ record: CampaignRecord, _ audit: LedgerAudit.Result, seed: UInt64, rounds: Int, batches: Bool, settle: ChildProcess.Finished,
        seconds: Double
    ) -> BenchmarkRow {
        let kinds = ["buy", "release", "retry"] + (batches ? ["batch"] : [])
        let ranAll = kinds.allSatisfy { record.operations[$0, default: 0] > 0 }
            && CampaignFault.allCases.allSatisfy { record.faults[$0, default: 0] > 0 }
        let clean = record.violations.isEmpty && audit.agrees && settle.exited(0)
        let operationCount = record.operations.values.reduce(0, +)
        let operations = record.operations.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        let faults = CampaignFault.allCases.map { "\($0.rawValue) \(record.faults[$0, default: 0])" }.joined(separator: ", ")
        let exits = record.exits.sorted { $0.key < $1.key }.map { "\($0.value)× \($0.key)" }.joined(separator: ", ")
        let violations = record.violations.isEmpty ? "none" : record.violations.prefix(8).joined(separator: "; ")
        return BenchmarkRow(
            key: "campaign.faults", what: "randomized campaign: processes buying, batching, retrying, releasing at once under random faults",
            measured: "\(operationCount) operations in \(rounds) rounds, \(record.violations.count) violations",
            budget: "every line = ledger, every unknown settled", passed: clean && ranAll,
            detail: "seed \(seed) (\(seedVariable)); \(String(format: "%.0f", seconds)) s; operations: \(operations)"
                + (batches ? "" : " (no batch: `dialtone buy` takes one number)") + "; faults: \(faults)"
                + " (latency and malformed owned counted in rounds, the rest in events); exits: \(exits); "
                + "unknown while malformed entries were served: \(record.unknownWhileMalformed); "
                + "settled by a later start: \(record.settledByNextStart); final start \(settle.exitDescription); "
                + "\(audit.summary); violations: \(violations)")
    }

    /// Up to `count` Vobiz numbers in stock with a known charge, from several countries.
    private static func stock(_ provider: any NumberProvider, count: Int) async throws -> [PhoneNumber] {
        var numbers: [PhoneNumber] = []
        for country in ["US", "IN", "GB", "CA", "AU", "DE"] where numbers.count < count {
            let page = try await provider.searchInventory(InventoryQuery(country: country, pageSize: 100))
            numbers += page.items.filter { $0.chargedNow != nil }
        }
        guard numbers.count >= count else { throw BenchmarkFailure("the sandbox listed \(numbers.count) numbers, \(count) needed") }
        return Array(numbers.prefix(count))
    }

    /// Whether this `dialtone buy` accepts several numbers: its usage line repeats the argument.
    /// Throws when the help cannot be read, so that a failed `--help` never drops the batches.
    private static func buyTakesSeveralNumbers(_ dialtone: String, environment: [String: String]) throws -> Bool {
        let help = try ChildProcess.run(dialtone, ["buy", "--help"], environment: environment)
        guard help.exited(0), let usage = help.output.split(separator: "\n").first(where: { $0.hasPrefix("USAGE:") }) else {
            throw BenchmarkFailure("`dialtone buy --help` gave no usage line (\(help.exitDescription)): \(help.output.prefix(200))")
        }
        return usage.range(of: #"<[a-z0-9-]+> \.\.\."#, options: .regularExpression) != nil
    }

    /// Numbers whose purchase the journal calls bought.
    private static func bought(_ contents: JournalContents) -> Set<String> {
        let last = Dictionary(contents.entries.map { ($0.id, $0) }, uniquingKeysWith: { _, later in later })
        return Set(last.values.filter { $0.kind == .purchase && [.done, .reconciledBought].contains($0.state) }.map(\.e164))
    }

    /// Numbers with a purchase whose answer never came: unsettled, or settled by reconciliation.
    private static func unsettledOrKilled(_ contents: JournalContents) -> Set<String> {
        let byPurchase = Dictionary(grouping: contents.entries, by: \.id).values
        return Set(byPurchase.compactMap { lines in
            guard let last = lines.last, last.kind == .purchase else { return nil }
            return [.intent, .unknown, .reconciledBought, .reconciledNotBought].contains(last.state) ? last.e164 : nil
        })
    }
}
