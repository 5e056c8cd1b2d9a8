import DialtoneSandbox
import Testing

@Suite struct AgniEndpointTests {
    @Test func listsPurchasedNumbersWithIntegerPricesAndFilters() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.stop() } }
        let reply = try await harness.send(.GET, "/api/v1/phone-numbers/list", auth: .agni)
        #expect(reply.status == 200)
        #expect(reply.object["success"] as? Bool == true)
        let data = try #require(reply.object["data"] as? [[String: Any]])
        #expect(data.count >= 6)
        let first = data[0]
        #expect(first["price"] is Int)
        #expect(first["per_minute_price_inbound"] is Int)
        #expect((first["number"] as? String)?.hasPrefix("+") == true)
        for key in ["id", "telephony_id", "subscription_id", "inbound_trunk_id", "outbound_trunk_id", "friendly_name",
                    "region", "iso_country", "is_active", "created_at", "updated_at"] {
            #expect(first.keys.contains(key), "missing \(key)")
        }
        let india = try await harness.send(.GET, "/api/v1/phone-numbers/list?iso_country=IN", auth: .agni)
        let countries = (india.object["data"] as? [[String: Any]] ?? []).compactMap { $0["iso_country"] as? String }
        #expect(!countries.isEmpty && countries.allSatisfy { $0 == "IN" })
        let inactive = try await harness.send(.GET, "/api/v1/phone-numbers/list?is_active=false", auth: .agni)
        let flags = (inactive.object["data"] as? [[String: Any]] ?? []).compactMap { $0["is_active"] as? Bool }
        #expect(!flags.isEmpty && flags.allSatisfy { !$0 })
    }

    @Test func wrongApiKeyGetsAgnis401() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.stop() } }
        let reply = try await harness.send(.GET, "/api/v1/phone-numbers/list", auth: .agniWrongKey)
        #expect(reply.status == 401)
        #expect(reply.object["success"] as? Bool == false)
        #expect(reply.object["message"] is String)
    }
}
