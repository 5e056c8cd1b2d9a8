import DialtoneCore
import DialtoneSandbox
import Foundation

/// DESIGN §6: 500 concurrent purchases of 50 numbers sent straight over HTTP in the Vobiz wire
/// format (main and sub-account alternating; the product itself can only send through
/// `Broker`, one journalled purchase at a time): exactly 50 succeed, each number once, and the
/// payer's balance drops by exactly the 50 charges.
enum ConcurrentPurchaseBenchmark {
    static func run() async throws -> [BenchmarkRow] {
        let sandbox = try await SandboxSessions.start(numbers: 5_000)
        defer { Task { await sandbox.stop() } }
        let main = SandboxSessions.vobiz(sandbox)
        let stock = try await main.searchInventory(InventoryQuery(country: "US", pageSize: 50)).items
        // Every charge known, in one currency, and not nothing: else "Δ = charge" proves nothing.
        guard stock.count == 50, let currency = stock.first?.currency,
              stock.allSatisfy({ $0.chargedNow?.currency == currency }) else {
            throw BenchmarkFailure("the sandbox listed \(stock.count) US numbers, not 50 each with a known charge in one currency")
        }
        let charge = stock.reduce(Decimal(0)) { $0 + ($1.chargedNow?.amount ?? 0) }
        guard charge > 0 else { throw BenchmarkFailure("the 50 numbers charge nothing: the balance cannot show a double sale") }
        let before = try await sandbox.balance(account: SandboxCredentials.vobizMainAuthID, currency: currency)

        let (outcomes, elapsed) = await Measure.time {
            await withTaskGroup(of: (String, Int).self) { group in
                for attempt in 0..<500 {
                    let number = stock[attempt % stock.count]
                    let sub = !attempt.isMultiple(of: 2)
                    group.addTask { (number.e164, await SandboxSessions.postVobizPurchase(number, sandbox: sandbox, sub: sub)) }
                }
                return await group.reduce(into: [(String, Int)]()) { $0.append($1) }
            }
        }
        let bought = outcomes.filter { (200..<300).contains($0.1) }.map(\.0)
        let refusals = Dictionary(grouping: outcomes.map(\.1).filter { !(200..<300).contains($0) }, by: \.self).mapValues(\.count)
        let after = try await sandbox.balance(account: SandboxCredentials.vobizMainAuthID, currency: currency)
        let consistent = try await sandbox.ledgerIsConsistent()
        // Every refusal is the sandbox's "no longer in stock" (404); any other answer, or none, is
        // not a sale lost to a faster buyer.
        let refusedAsSold = refusals.keys.allSatisfy { $0 == 404 } && refusals.values.reduce(0, +) == 450
        let exact = bought.count == 50 && Set(bought).count == 50 && after == before - charge && consistent && refusedAsSold
        let refused = refusals.map { "\($0.value) HTTP \($0.key)" }.sorted().joined(separator: ", ")
        return [BenchmarkRow(
            key: "buy.concurrent", what: "500 concurrent buys of 50 numbers",
            measured: "\(bought.count) bought, Δbalance \(before - after) \(currency)",
            budget: "exactly 50, Δ = \(charge) \(currency)", passed: exact,
            detail: "\(refusedAsSold ? "✓" : "✗") refused: \(refused) (450 × HTTP 404 expected); ledger consistent: \(consistent); "
                + "\(elapsed.ms) total")]
    }
}
