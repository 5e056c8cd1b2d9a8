import Foundation
import Testing

extension SandboxHarness {
    /// Buys the first Indian Vobiz number whose minimum commitment `wanted` accepts, for the
    /// main account; returns its E.164.
    func buyVobizNumber(commitment wanted: (Int) -> Bool = { $0 == 0 }) async throws -> String {
        let items = try await vobizInventory(country: "IN")
        let item = try #require(items.first { wanted($0["minimum_commitment_months"] as? Int ?? 0) })
        let e164 = try #require(item["e164"] as? String)
        let bought = try await send(
            .POST, "\(Paths.vobizLower)/numbers/purchase-from-inventory", auth: .vobizMain, body: #"{"e164":"\#(e164)"}"#)
        #expect(bought.status == 200)
        return e164
    }

    /// Whether the main Vobiz account's owned list (first 100) holds `e164`.
    func vobizOwns(_ e164: String) async throws -> Bool {
        let owned = try await send(.GET, "\(Paths.vobiz)/numbers?per_page=100", auth: .vobizMain)
        return (owned.object["items"] as? [[String: Any]] ?? []).contains { $0["e164"] as? String == e164 }
    }
}
