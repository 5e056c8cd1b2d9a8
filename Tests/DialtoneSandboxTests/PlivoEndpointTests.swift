import DialtoneSandbox
import Foundation
import Testing

@Suite struct PlivoEndpointTests {
    @Test func searchWithoutCountryIsoIs400InPlivosFormat() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.stop() } }
        let reply = try await harness.send(.GET, "\(Paths.plivo)/PhoneNumber/", auth: .plivoMain)
        #expect(reply.status == 400)
        #expect(reply.object["api_id"] is String)
        #expect(reply.object["error"] as? String == "country_iso is required")
    }

    @Test func searchPagesWithMetaAndReturnsDocumentedObjects() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.stop() } }
        let reply = try await harness.send(.GET, "\(Paths.plivo)/PhoneNumber/?country_iso=US&limit=5", auth: .plivoMain)
        #expect(reply.status == 200)
        let meta = try #require(reply.object["meta"] as? [String: Any])
        #expect(meta["limit"] as? Int == 5)
        #expect(meta["offset"] as? Int == 0)
        #expect(meta["previous"] is NSNull)
        #expect((meta["next"] as? String)?.contains("offset=5") == true)
        #expect((meta["total_count"] as? Int ?? 0) > 5)
        let object = try #require((reply.object["objects"] as? [[String: Any]])?.first)
        #expect(object["country"] as? String == "UNITED STATES")
        #expect((object["number"] as? String)?.hasPrefix("1") == true)
        #expect(object["number"].map { "\($0)" }?.contains("+") == false)
        for key in ["setup_rate", "monthly_rental_rate", "sms_rate", "voice_rate"] {
            let rate = try #require(object[key] as? String, "\(key) must be a string")
            #expect(rate.split(separator: ".").last?.count == 5)
        }
        for key in ["prefix", "city", "region", "rate_center", "lata", "type", "sub_type", "sms_enabled", "mms_enabled",
                    "voice_enabled", "restriction", "restriction_text", "resource_uri"] {
            #expect(object.keys.contains(key), "missing \(key)")
        }
    }

    @Test func patternIsAPrefixAfterTheCallingCodeWithWildcards() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.stop() } }
        let prefixed = try await harness.send(.GET, "\(Paths.plivo)/PhoneNumber/?country_iso=US&pattern=415", auth: .plivoMain)
        let numbers = (prefixed.object["objects"] as? [[String: Any]] ?? []).compactMap { $0["number"] as? String }
        #expect(!numbers.isEmpty)
        #expect(numbers.allSatisfy { $0.hasPrefix("1415") })
        let wildcard = try await harness.send(.GET, "\(Paths.plivo)/PhoneNumber/?country_iso=US&pattern=4?5", auth: .plivoMain)
        let wildNumbers = (wildcard.object["objects"] as? [[String: Any]] ?? []).compactMap { $0["number"] as? String }
        #expect(wildNumbers.allSatisfy { $0.hasPrefix("14") && Array($0)[3] == "5" })
        #expect(wildNumbers.count >= numbers.count)
    }

    @Test func mainAccountBuysAndTheNumberAppearsInTheRentedList() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.stop() } }
        let search = try await harness.send(.GET, "\(Paths.plivo)/PhoneNumber/?country_iso=US&type=local", auth: .plivoMain)
        let object = try #require((search.object["objects"] as? [[String: Any]])?.first { $0["restriction"] is NSNull })
        let number = try #require(object["number"] as? String)
        let before = try await harness.sandbox.balance(account: SandboxCredentials.plivoMainAuthID, currency: "USD")

        let bought = try await harness.send(.POST, "\(Paths.plivo)/PhoneNumber/\(number)/", auth: .plivoMain, body: "{}")
        #expect(bought.status == 201)
        #expect(bought.object["message"] as? String == "created")
        #expect(bought.object["status"] as? String == "fulfilled")
        #expect((bought.object["numbers"] as? [[String: Any]])?.first?["number"] as? String == number)

        let charged = Decimal(string: object["setup_rate"] as! String)! + Decimal(string: object["monthly_rental_rate"] as! String)!
        #expect(try await harness.sandbox.balance(account: SandboxCredentials.plivoMainAuthID, currency: "USD") == before - charged)

        let one = try await harness.send(.GET, "\(Paths.plivo)/Number/\(number)/", auth: .plivoMain)
        #expect(one.status == 200)
        #expect(one.object["number"] as? String == number)
        #expect(one.object["monthly_rental_rate"] as? String == object["monthly_rental_rate"] as? String)
        let list = try await harness.send(.GET, "\(Paths.plivo)/Number/?limit=20", auth: .plivoMain)
        let listed = (list.object["objects"] as? [[String: Any]] ?? []).compactMap { $0["number"] as? String }
        #expect(listed.contains(number))

        let account = try await harness.send(.GET, "\(Paths.plivo)/", auth: .plivoMain)
        #expect(account.object["cash_credits"] as? String == "\(before - charged)".padding5())
    }

    @Test func restrictedNumberIsBoughtAsPending() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.stop() } }
        let search = try await harness.send(.GET, "\(Paths.plivo)/PhoneNumber/?country_iso=DE&type=local", auth: .plivoMain)
        let object = try #require((search.object["objects"] as? [[String: Any]])?.first { $0["restriction"] is String })
        let bought = try await harness.send(.POST, "\(Paths.plivo)/PhoneNumber/\(object["number"] as! String)/", auth: .plivoMain)
        #expect(bought.status == 201)
        #expect(bought.object["status"] as? String == "pending")
    }

    @Test func subAccountCanSearchButGets404WhenBuying() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.stop() } }
        let search = try await harness.send(.GET, "\(Paths.plivoSub)/PhoneNumber/?country_iso=GB", auth: .plivoSub)
        #expect(search.status == 200)
        let number = try #require((search.object["objects"] as? [[String: Any]])?.first?["number"] as? String)
        let bought = try await harness.send(.POST, "\(Paths.plivoSub)/PhoneNumber/\(number)/", auth: .plivoSub)
        #expect(bought.status == 404)
        #expect(bought.object["api_id"] is String)
    }

    @Test func wrongBasicCredentialsGetPlivos401() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.stop() } }
        let reply = try await harness.send(.GET, "\(Paths.plivo)/Number/", auth: .plivoWrongToken)
        #expect(reply.status == 401)
        #expect(reply.object["api_id"] is String)
        #expect(reply.object["error"] is String)
        let missing = try await harness.send(.GET, "\(Paths.plivo)/Number/")
        #expect(missing.status == 401)
    }
}

extension String {
    /// `"499.2"` → `"499.20000"`: Plivo's five-decimal money string.
    func padding5() -> String {
        let parts = split(separator: ".", omittingEmptySubsequences: false)
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        return "\(parts[0]).\(fraction)\(String(repeating: "0", count: 5 - fraction.count))"
    }
}
