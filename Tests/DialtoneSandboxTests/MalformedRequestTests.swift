import DialtoneSandbox
import Testing

/// Bad input gets a clean 4xx in the provider's format — never a 500, never a crash.
@Suite struct MalformedRequestTests {
    /// Expands `<10KB of 1>` into 10 240 copies of the digit, keeping test names short.
    private static func expand(_ query: String) -> String {
        guard let start = query.range(of: "<10KB of "), let end = query.range(of: ">", range: start.upperBound..<query.endIndex)
        else { return query }
        let digit = String(query[start.upperBound..<end.lowerBound])
        return query.replacingCharacters(in: start.lowerBound..<end.upperBound, with: String(repeating: digit, count: 10_240))
    }

    private static let purchasePath = "\(Paths.vobizLower)/numbers/purchase-from-inventory"

    @Test(arguments: [
        "{not json", #"{"e164": 919876543210}"#, #"{"e164": null}"#, #"{}"#, "[1,2]", #"{"e164":"12345"}"#,
        #"{"e164":"+919876543210","currency":7}"#,
    ])
    func purchaseWithABadBodyIs400(body: String) async throws {
        let harness = try await SandboxHarness.start(numbers: 200)
        defer { Task { await harness.stop() } }
        let reply = try await harness.send(.POST, Self.purchasePath, auth: .vobizMain, body: body)
        #expect(reply.status == 400, "\(body)")
        #expect(reply.object["error"] as? String == "bad request")
        #expect(reply.object["message"] is String)
    }

    @Test(arguments: ["per_page=1000", "per_page=101", "per_page=abc", "page=abc", "page=1.5", "per_page=%2B", "page="])
    func inventoryWithABadParameterIs400(query: String) async throws {
        let harness = try await SandboxHarness.start(numbers: 200)
        defer { Task { await harness.stop() } }
        let reply = try await harness.send(.GET, "\(Paths.vobiz)/inventory/numbers?\(Self.expand(query))", auth: .vobizMain)
        #expect(reply.status == 400, "\(query)")
        #expect(reply.object["message"] is String)
    }

    /// Seed 000 types these as a plain string or an integer without a minimum: they are valid,
    /// and answered 200 — finding nothing, or reading paging below 1 as 1.
    @Test(arguments: [
        ("per_page=0", true), ("per_page=-5", true), ("page=-1", true), ("page=0", true), ("page=99999999999999999999", false),
        ("country=XX", false), ("country=USA", false), ("search=abc", false), ("search=<10KB of 1>", false),
    ])
    func inventoryWithAValidButOddParameterIs200(query: String, findsSome: Bool) async throws {
        let harness = try await SandboxHarness.start(numbers: 200)
        defer { Task { await harness.stop() } }
        let reply = try await harness.send(.GET, "\(Paths.vobiz)/inventory/numbers?\(Self.expand(query))", auth: .vobizMain)
        #expect(reply.status == 200, "\(query): \(reply.text.prefix(200))")
        #expect(((reply.object["items"] as? [Any])?.isEmpty == false) == findsSome, "\(query)")
        #expect(reply.object["page"] as? Int ?? 0 >= 1 && reply.object["per_page"] as? Int ?? 0 >= 1)
    }

    @Test(arguments: [
        "country_iso=ZZ", "country_iso=US&limit=21", "country_iso=US&limit=-3", "country_iso=US&offset=-1",
        "country_iso=US&type=satellite", "country_iso=US&services=fax", "country_iso=US&pattern=4%2515",
        "country_iso=US&pattern=<10KB of 4>",
    ])
    func plivoSearchWithABadParameterIs400(query: String) async throws {
        let harness = try await SandboxHarness.start(numbers: 200)
        defer { Task { await harness.stop() } }
        let reply = try await harness.send(.GET, "\(Paths.plivo)/PhoneNumber/?\(Self.expand(query))", auth: .plivoMain)
        #expect(reply.status == 400, "\(query)")
        #expect(reply.object["api_id"] is String)
    }

    @Test func oversizedBodyIs413AndUnknownPathIs404InTheProviderFormat() async throws {
        let harness = try await SandboxHarness.start(numbers: 200)
        defer { Task { await harness.stop() } }
        let huge = #"{"e164":"\#(String(repeating: "9", count: 40_000))"}"#
        let tooLarge = try await harness.send(.POST, Self.purchasePath, auth: .vobizMain, body: huge)
        #expect(tooLarge.status == 413)
        #expect(tooLarge.object["message"] is String)
        let unknown = try await harness.send(.GET, "/v1/Account/\(SandboxCredentials.plivoMainAuthID)/Nope/", auth: .plivoMain)
        #expect(unknown.status == 404)
        #expect(unknown.object["api_id"] is String)
        let agni = try await harness.send(.GET, "/api/v1/phone-numbers/list?is_active=maybe", auth: .agni)
        #expect(agni.status == 400)
        #expect(agni.object["success"] as? Bool == false)
    }
}
