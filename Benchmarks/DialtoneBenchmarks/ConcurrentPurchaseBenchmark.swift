import DialtoneCore
import DialtoneSandbox
import Foundation

/// DESIGN §6: 500 concurrent purchases of 50 numbers through the real Vobiz client (main and
/// sub-account alternating): exactly 50 succeed, each number once, and the payer's balance
/// drops by exactly the 50 charges.
enum ConcurrentPurchaseBenchmark {
    static func run() async throws -> [BenchmarkRow] {
        let sandbox = try await SandboxSessions.start(numbers: 5_000)
        defer { Task { await sandbox.stop() } }
        let (main, sub) = (SandboxSessions.vobiz(sandbox), SandboxSessions.vobiz(sandbox, sub: true))
        let stock = try await main.searchInventory(InventoryQuery(country: "US", pageSize: 50)).items
        let currency = stock.first?.currency ?? "USD"
        let charge = stock.reduce(Decimal(0)) { $0 + ($1.chargedNow?.amount ?? 0) }
        let before = try await sandbox.balance(account: SandboxCredentials.vobizMainAuthID, currency: currency)

        let (outcomes, elapsed) = try await Measure.time {
            try await withThrowingTaskGroup(of: (String, DialtoneError.Kind?).self) { group in
                for attempt in 0..<500 {
                    let number = stock[attempt % stock.count]
                    let client = attempt.isMultiple(of: 2) ? main : sub
                    group.addTask {
                        do {
                            _ = try await client.purchase(number)
                            return (number.e164, nil)
                        } catch let error as DialtoneError {
                            return (number.e164, error.kind)
                        }
                    }
                }
                return try await group.reduce(into: [(String, DialtoneError.Kind?)]()) { $0.append($1) }
            }
        }
        let bought = outcomes.filter { $0.1 == nil }.map(\.0)
        let refusals = Dictionary(grouping: outcomes.compactMap(\.1), by: \.self).mapValues(\.count)
        let after = try await sandbox.balance(account: SandboxCredentials.vobizMainAuthID, currency: currency)
        let consistent = try await sandbox.ledgerIsConsistent()
        let exact = bought.count == 50 && Set(bought).count == 50 && after == before - charge && consistent
        let refused = refusals.map { "\($0.value) \($0.key.rawValue)" }.sorted().joined(separator: ", ")
        return [BenchmarkRow(
            key: "buy.concurrent", what: "500 concurrent buys of 50 numbers",
            measured: "\(bought.count) bought, Δbalance \(before - after) \(currency)",
            budget: "exactly 50, Δ = \(charge) \(currency)", passed: exact && stock.count == 50,
            detail: "refused: \(refused); ledger consistent: \(consistent); \(elapsed.ms) total")]
    }
}
