import DialtoneSandbox
import Foundation
import Testing

/// `malformed_owned_entries`: a Vobiz owned page whose newest sales cannot be read by anyone.
@Suite struct OwnedListFaultTests {
    @Test func malformedOwnedEntriesServeTheNewestSaleWithoutItsNumberAndKeepTheTotal() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.stop() } }
        let e164 = try #require(try await harness.vobizInventory(country: "IN").first?["e164"] as? String)
        let bought = try await harness.send(
            .POST, "\(Paths.vobizLower)/numbers/purchase-from-inventory", auth: .vobizMain, body: #"{"e164":"\#(e164)"}"#)
        #expect(bought.status == 200)
        let path = "\(Paths.vobiz)/numbers?per_page=100"
        let clean = try await harness.send(.GET, path, auth: .vobizMain)
        harness.sandbox.setFaults(SandboxFaults(malformedOwnedEntries: 1))
        let faulty = try await harness.send(.GET, path, auth: .vobizMain)

        let cleanItems = clean.object["items"] as? [[String: Any]] ?? []
        let faultyItems = faulty.object["items"] as? [[String: Any]] ?? []
        #expect(cleanItems.compactMap { $0["e164"] as? String }.contains(e164))
        #expect(faultyItems.count == cleanItems.count, "the entry is still listed")
        #expect(faulty.object["total"] as? Int == clean.object["total"] as? Int)
        let unreadable = faultyItems.filter { $0["e164"] == nil }
        #expect(unreadable.count == 1)
        #expect(!faultyItems.compactMap { $0["e164"] as? String }.contains(e164), "the newest sale is the unreadable one")
    }
}
