import DialtoneSandbox
import Foundation
import Logging
import Testing

/// `sandbox serve --owned N` and `--vobiz-stock-percent`: what they add to the seeded data.
struct FleetSeedTests {
    private func start(_ options: SandboxOptions) async throws -> SandboxHarness {
        SandboxHarness(sandbox: try await SandboxServer.start(options, logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }))
    }

    private func vobizTotal(_ harness: SandboxHarness, subaccounts: Bool) async throws -> Int? {
        let path = "/api/v1/Account/\(SandboxCredentials.vobizMainAuthID)/numbers?per_page=1&include_subaccounts=\(subaccounts)"
        return try await harness.send(.GET, path, auth: .vobizMain).object["total"] as? Int
    }

    private func plivoTotal(_ harness: SandboxHarness) async throws -> Int? {
        let reply = try await harness.send(.GET, "/v1/Account/\(SandboxCredentials.plivoMainAuthID)/Number/?limit=1", auth: .plivoMain)
        return (reply.object["meta"] as? [String: Any])?["total_count"] as? Int
    }

    @Test func ownedAddsThatManyNumbersToEachMainAccountAndLeavesTheStock() async throws {
        let plain = try await start(SandboxOptions(numbers: 800, seed: 3))
        let fleet = try await start(SandboxOptions(numbers: 800, owned: 120, seed: 3))
        let before = (try await vobizTotal(plain, subaccounts: false), try await vobizTotal(plain, subaccounts: true), try await plivoTotal(plain))
        let after = (try await vobizTotal(fleet, subaccounts: false), try await vobizTotal(fleet, subaccounts: true), try await plivoTotal(fleet))
        let stock = (try await plain.sandbox.numbersInStock(provider: "vobiz"), try await fleet.sandbox.numbersInStock(provider: "vobiz"))
        await plain.stop()
        await fleet.stop()
        #expect(after.0 == before.0.map { $0 + 120 } && after.1 == before.1.map { $0 + 120 } && after.2 == before.2.map { $0 + 120 }, "\(before) → \(after)")
        #expect(stock.0 == stock.1, "the owned fleet is drawn beside the inventory, not from it")
    }

    @Test func aFullVobizShareMakesEveryNumberInStockVobizStock() async throws {
        let harness = try await start(SandboxOptions(numbers: 600, vobizStockPercent: 100, seed: 3))
        let vobiz = try await harness.sandbox.numbersInStock(provider: "vobiz")
        let plivo = try await harness.sandbox.numbersInStock(provider: "plivo")
        await harness.stop()
        #expect(plivo == 0 && vobiz > 550)
    }

    @Test func ownedAndTheVobizShareAreChecked() async throws {
        await #expect(throws: (any Error).self) { try await start(SandboxOptions(owned: -1)) }
        await #expect(throws: (any Error).self) { try await start(SandboxOptions(vobizStockPercent: 101)) }
    }

    @Test func aPurchaseShowsInTheNextOwnedPageRightAway() async throws {
        let harness = try await start(SandboxOptions(numbers: 800, owned: 150, seed: 3))
        let list = "/api/v1/Account/\(SandboxCredentials.vobizMainAuthID)/numbers?include_subaccounts=true&limit=100&offset="
        let before = try await harness.send(.GET, list + "100", auth: .vobizMain).object
        let stock = try await harness.vobizInventory(country: "IN")
        let e164 = try #require(stock.first?["e164"] as? String)
        let bought = try await harness.send(
            .POST, "\(Paths.vobizLower)/numbers/purchase-from-inventory", auth: .vobizMain, body: #"{"e164":"\#(e164)"}"#)
        var after: [[String: Any]] = []
        for offset in [0, 100] {
            after += try await harness.send(.GET, list + String(offset), auth: .vobizMain).object["items"] as? [[String: Any]] ?? []
        }
        let total = try await harness.send(.GET, list + "0", auth: .vobizMain).object["total"] as? Int
        await harness.stop()
        #expect(bought.status == 200 || bought.status == 201)
        #expect(total == (before["total"] as? Int).map { $0 + 1 })
        #expect(after.contains { $0["e164"] as? String == e164 }, "the cached listing was dropped by the purchase")
    }
}
