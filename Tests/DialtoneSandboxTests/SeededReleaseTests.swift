import DialtoneSandbox
import Foundation
import Testing

/// Numbers the sandbox seeds as owned were never bought through it, yet the owned list shows them
/// as the account's: they release like bought ones — into Vobiz's cooldown and back out of it with
/// any fee refunded, at once without a cooldown, and on Plivo — with the ledger still explained.
@Suite struct SeededReleaseTests {
    /// The Vobiz numbers seeded as owned by the main account and its sub-account, with their fees.
    private func seededVobiz(_ harness: SandboxHarness) async throws -> [String: [String: Any]] {
        let owned = try await harness.vobizOwned(subaccounts: true)
        #expect(owned.count >= 3, "the seed gives the main account and its sub-account numbers: \(owned.keys.sorted())")
        return owned
    }

    private func inr(_ harness: SandboxHarness) async throws -> Decimal {
        try await harness.sandbox.balance(account: SandboxCredentials.vobizMainAuthID, currency: "INR")
    }

    @Test func aSeededVobizNumberReleasesIntoItsCooldownAndCancellingRestoresIt() async throws {
        let harness = try await SandboxHarness.start(releaseCooldown: .seconds(24 * 3600))
        defer { Task { await harness.stop() } }
        let before = try await inr(harness)
        var fees: [Decimal] = []
        for e164 in try await seededVobiz(harness).keys.sorted() {
            let released = try await harness.send(.DELETE, "\(Paths.vobiz)/numbers/\(e164.dropFirst())", auth: .vobizMain)
            #expect(released.status == 200, "\(e164): \(released.text)")
            #expect(released.object["status"] as? String == "pending_release", "\(e164)")
            #expect(try await harness.vobizOwned(subaccounts: true)[e164]?["status"] as? String == "pending_release")
            let fee = (released.object["release_fee"] as? NSNumber)?.decimalValue ?? 0
            fees.append(fee)
            let cancelled = try await harness.send(
                .POST, "\(Paths.vobizLower)/numbers/\(e164)/cancel-release", auth: .vobizMain)
            #expect(cancelled.status == 200, "\(e164): \(cancelled.text)")
            #expect(cancelled.object["status"] as? String == "active", "\(e164)")
            #expect((cancelled.object["refunded_amount"] as? NSNumber)?.decimalValue ?? 0 == fee, "\(e164) fee \(fee)")
            #expect(try await harness.vobizOwned(subaccounts: true)[e164]?["status"] as? String == "active")
            #expect(try await harness.sandbox.ledgerIsConsistent(), "\(e164)")
        }
        #expect(fees.contains { $0 > 0 }, "a seeded number under commitment is charged its release fee: \(fees)")
        #expect(try await inr(harness) == before, "every fee charged was refunded")
        let again = try #require(try await seededVobiz(harness).keys.sorted().first)
        let second = try await harness.send(.DELETE, "\(Paths.vobiz)/numbers/\(again.dropFirst())", auth: .vobizMain)
        #expect(second.status == 200, "a restored seeded number releases again: \(second.text)")
        #expect(try await harness.sandbox.ledgerIsConsistent())
    }

    @Test func withoutACooldownASeededVobizNumberLeavesAtOnce() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.stop() } }
        let stock = try await harness.sandbox.numbersInStock(provider: "vobiz")
        let seeded = try await seededVobiz(harness)
        for e164 in seeded.keys.sorted() {
            let reply = try await harness.send(.DELETE, "\(Paths.vobiz)/numbers/\(e164.dropFirst())", auth: .vobizMain)
            #expect([200, 204].contains(reply.status), "\(e164): \(reply.text)")
        }
        #expect(try await harness.vobizOwned(subaccounts: true).isEmpty, "every seeded number left")
        #expect(try await harness.sandbox.numbersInStock(provider: "vobiz") == stock + seeded.count, "back in stock")
        #expect(try await harness.sandbox.ledgerIsConsistent())
    }

    @Test func aSeededPlivoNumberReleases() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.stop() } }
        let rented = try await harness.plivoRented()
        #expect(rented.count >= 2, "the seed rents the main account numbers: \(rented.keys.sorted())")
        for number in rented.keys.sorted() {
            let reply = try await harness.send(.DELETE, "\(Paths.plivo)/Number/\(number)/", auth: .plivoMain)
            #expect(reply.status == 204, "\(number): \(reply.text)")
        }
        #expect(try await harness.plivoRented().isEmpty)
        #expect(try await harness.sandbox.ledgerIsConsistent())
    }
}
