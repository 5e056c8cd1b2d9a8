import DialtoneSandbox
import Foundation
import Testing

@Suite struct ConcurrentPurchaseTests {
    @Test func fiveHundredConcurrentBuysOfFiftyNumbersSellEachExactlyOnce() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.stop() } }
        let stock = Array(try await harness.vobizInventory(country: "US").prefix(50))
        #expect(stock.count == 50)
        let numbers = stock.compactMap { $0["e164"] as? String }
        let expectedCharge = stock.reduce(Decimal(0)) {
            $0 + Decimal(string: "\($1["setup_fee"]!)")! + Decimal(string: "\($1["monthly_fee"]!)")!
        }
        let before = try await harness.sandbox.balance(account: SandboxCredentials.vobizMainAuthID, currency: "USD")

        let statuses = try await withThrowingTaskGroup(of: (String, Int).self) { group in
            for attempt in 0..<500 {
                let e164 = numbers[attempt % numbers.count]
                let auth: Credentials = attempt.isMultiple(of: 2) ? .vobizMain : .vobizSub
                let path = attempt.isMultiple(of: 2) ? Paths.vobizLower : Paths.vobizSub
                group.addTask {
                    let reply = try await harness.send(
                        .POST, "\(path)/numbers/purchase-from-inventory", auth: auth, body: #"{"e164":"\#(e164)"}"#)
                    return (e164, reply.status)
                }
            }
            return try await group.reduce(into: [(String, Int)]()) { $0.append($1) }
        }

        let successes = statuses.filter { $0.1 == 200 }
        #expect(successes.count == 50)
        #expect(Set(successes.map(\.0)) == Set(numbers))
        #expect(statuses.filter { $0.1 == 404 }.count == 450)
        let after = try await harness.sandbox.balance(account: SandboxCredentials.vobizMainAuthID, currency: "USD")
        #expect(after == before - expectedCharge)
        #expect(try await harness.sandbox.ledgerIsConsistent())
    }
}
