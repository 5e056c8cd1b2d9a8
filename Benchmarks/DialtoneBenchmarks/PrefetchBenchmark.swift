import DialtoneCore
import DialtoneSandbox
import DialtoneViewModels
import Foundation

/// DESIGN §6: PgDn when the next page is prefetched shows it without waiting for the network.
///
/// The sandbox answers every request after 200 ms. After each page lands and its prefetch has
/// had time to finish, PgDn is sent and the time until the next page's rows are on screen is
/// measured: with the prefetch working it is the intent's own cost, not 200 ms.
@MainActor
enum PrefetchBenchmark {
    static let latency = 200

    static func run() async throws -> [BenchmarkRow] {
        let sandbox = try await SandboxSessions.start(numbers: 5_000, faults: SandboxFaults(latencyMilliseconds: latency))
        defer { Task { await sandbox.stop() } }
        let folder = try SandboxSessions.temporaryFolder("prefetch")
        let app = AppModel(
            sessions: [SandboxSessions.vobizSession(sandbox)], journal: PurchaseJournal(path: folder + "/journal.jsonl"))
        app.start()
        var loaded = await Measure.waitUntil { !app.snapshot.inventory.rows.isEmpty && !app.snapshot.inventory.isLoading }
        var waits: [Double] = []
        for page in 2...6 {
            try await Task.sleep(for: .milliseconds(latency * 3))  // the prefetch of `page` is done by now
            let (_, elapsed) = await Measure.time {
                _ = app.send(.pageDown)
                loaded = await Measure.waitUntil {
                    let inventory = app.snapshot.inventory
                    return inventory.query.page == page && !inventory.isLoading && !inventory.rows.isEmpty
                } && loaded
            }
            waits.append(elapsed)
        }
        let worst = waits.max()
        return [BenchmarkRow(
            key: "pgdn.prefetched", what: "PgDn when prefetched (network latency \(latency) ms)", measured: "max \(worst.ms)",
            budget: "no network wait", passed: loaded && waits.count == 5 && worst.isBelow(Double(latency) / 10),
            detail: "\(loaded ? "✓" : "✗") pages 1–6 each shown with rows; 5 flips: " + waits.map { String(format: "%.3f", $0) }.joined(separator: ", ") + " ms")]
    }
}
