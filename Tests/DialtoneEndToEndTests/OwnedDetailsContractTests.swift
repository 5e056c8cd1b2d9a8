import DialtoneSandbox
import Foundation
import Testing

/// What only some providers say about an owned number, from the sandbox over HTTP through the
/// `dialtone owned --json` binary: Vobiz trunk groups, applications, blocking and next billing
/// (seed 004), Plivo applications (PROVIDERS.md), Agni per-minute prices, SIP trunks,
/// subscriptions and updates (seed 002) — each as the provider sent it, empty where it sent none.
@Suite struct OwnedDetailsContractTests {
    /// The columns `owned --json` printed before these details, in their order.
    static let stableFields = ["number", "provider", "country", "region", "type", "status", "capabilities", "monthly_fee", "currency", "account", "label"]

    @Test func ownedJSONCarriesEachProvidersRoutingBillingAndPrices() async throws {
        let fixture = try await SandboxFixture.start(numbers: 1_000, owned: 30)
        defer { Task { await fixture.sandbox.stop() } }
        let result = try await CLIRunner(extra: fixture.environment).run(["owned", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try JSONLines.strings(result.stdout)
        let firstLine = try #require(result.stdout.split(separator: "\n").first)
        let keys = try #require(try JSONSerialization.jsonObject(with: Data(firstLine.utf8)) as? [String: String]).keys
        #expect(Set(Self.stableFields).isSubset(of: keys), "existing field names stay")
        let order = Self.stableFields.compactMap { firstLine.range(of: "\"\($0)\":")?.lowerBound }
        #expect(order == order.sorted(), "and stay in their order: \(firstLine)")

        let raw = try await fixture.vobizOwnedItems()
        let vobiz = rows.filter { $0["provider"] == "vobiz" }
        #expect(vobiz.count == raw.count && !vobiz.isEmpty)
        for row in vobiz {
            let item = try #require(raw.first { $0.object["e164"] as? String == row["number"] }?.object, "\(row)")
            #expect(row["trunk_group_id"] == (item["trunk_group_id"] as? String ?? ""), "\(row)")
            #expect(row["application_id"] == (item["application_id"] as? String ?? ""), "\(row)")
            #expect(row["blocked"] == String(item["is_blocked"] as? Bool ?? false), "\(row)")
            let next = try #require(row["next_billing_at"].flatMap { try? Date($0, strategy: .iso8601) }, "\(row)")
            let bought = try #require(row["purchased_at"].flatMap { try? Date($0, strategy: .iso8601) }, "\(row)")
            #expect(next > bought && next > Date() && next < Date().addingTimeInterval(32 * 86_400), "the next monthly charge: \(row)")
        }
        #expect(vobiz.contains { $0["trunk_group_id"] != "" } && vobiz.contains { $0["application_id"] != "" })
        #expect(vobiz.contains { $0["trunk_group_id"] == "" && $0["application_id"] == "" }, "some numbers are routed nowhere")
        #expect(vobiz.contains { $0["blocked"] == "true" } && vobiz.contains { $0["blocked"] == "false" })
        let trunks = Set(vobiz.compactMap { $0["trunk_group_id"] }.filter { !$0.isEmpty })
        #expect(trunks.count <= 4 && trunks.allSatisfy { UUID(uuidString: $0) != nil }, "an account has a few trunk groups: \(trunks)")

        let plivo = rows.filter { $0["provider"] == "plivo" }
        #expect(plivo.contains { $0["application_id"] == "" } && plivo.contains { $0["application_id"] != "" })
        #expect(plivo.allSatisfy { ($0["application_id"] ?? "").allSatisfy(\.isASCIIDigit) }, "the app id, not its resource URI")

        let agni = rows.filter { $0["provider"] == "agni" }
        #expect(!agni.isEmpty)
        for row in agni {
            #expect(row["currency"] == "USD" && row["inbound_per_minute"] == "1.00" && row["outbound_per_minute"] == "2.00", "\(row)")
            #expect((row["subscription_id"] ?? "").hasPrefix("subscription_"), "\(row)")
            #expect(row["inbound_trunk_id"]?.isEmpty == row["outbound_trunk_id"]?.isEmpty, "\(row)")
            let created = try #require(row["purchased_at"].flatMap { try? Date($0, strategy: .iso8601) })
            let updated = try #require(row["updated_at"].flatMap { try? Date($0, strategy: .iso8601) })
            #expect(updated > created, "\(row)")
        }
        #expect(agni.contains { $0["inbound_trunk_id"] != "" } && agni.contains { $0["inbound_trunk_id"] == "" })
    }

    @Test func theTableStaysAsWideAsItWasAndCountsAgree() async throws {
        let fixture = try await SandboxFixture.start(numbers: 200)
        defer { Task { await fixture.sandbox.stop() } }
        let result = try await CLIRunner(extra: fixture.environment(only: "RAVAN")).run(["owned"])
        #expect(result.status == 0, "\(result.stderr)")
        let header = try #require(result.stdout.split(separator: "\n").first)
        #expect(header.split(separator: " ", omittingEmptySubsequences: true) == Self.stableFields.map { Substring($0.uppercased()) })
        #expect(result.stderr.contains(" numbers · monthly ") && !result.stderr.contains("1 numbers"), "\(result.stderr)")
    }
}
