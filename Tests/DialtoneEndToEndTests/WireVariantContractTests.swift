@testable import DialtoneCore
import DialtoneSandbox
import DialtoneViewModels
import Foundation
import Testing

/// Every documented spelling a client must read, found in the sandbox's own answers over HTTP
/// and read by the real clients: Vobiz owned numbers whose owner is `auth_id`, whose fees are
/// written `1.0` or as integers, whose `capabilities` are left out; fractional-second timestamps;
/// Plivo fees as strings and the `terms-and-conditions` requirement; Agni's integer prices.
@Suite struct WireVariantContractTests {
    private static let transport = HTTPTransport(policy: RetryPolicy(maxAttempts: 2), requestTimeout: .seconds(10), sleep: { _ in })

    private static func credentials(_ provider: ProviderKind, _ fixture: SandboxFixture) -> ProviderCredentials {
        typealias C = SandboxCredentials
        return switch provider {
        case .vobiz: ProviderCredentials(provider: .vobiz, authID: C.vobizMainAuthID, token: Secret(C.vobizMainToken), baseURL: fixture.sandbox.baseURL)
        case .plivo: ProviderCredentials(provider: .plivo, authID: C.plivoMainAuthID, token: Secret(C.plivoMainToken), baseURL: fixture.sandbox.baseURL)
        case .agni: ProviderCredentials(provider: .agni, authID: "agni", token: Secret(C.agniAPIKey), baseURL: fixture.sandbox.baseURL)
        }
    }

    /// The first entry whose text matches `pattern`, failing the test when none does.
    private func first(_ items: [SandboxFixture.WireItem], matching pattern: String, _ what: String) throws -> SandboxFixture.WireItem {
        try #require(items.first { $0.text.range(of: pattern, options: .regularExpression) != nil }, "the sandbox serves no \(what)")
    }

    @Test func vobizOwnedNumbersInEveryDocumentedSpellingAreReadAlike() async throws {
        let fixture = try await SandboxFixture.start(numbers: 1_000, owned: 30)
        defer { Task { await fixture.sandbox.stop() } }
        let items = try await fixture.vobizOwnedItems()
        let owned = try await VobizClient(credentials: Self.credentials(.vobiz, fixture), transport: Self.transport).ownedNumberList(.all)
        #expect(owned.numbers.count == items.count && owned.skippedEntries == 0 && owned.incompleteReason == nil)
        func read(_ item: SandboxFixture.WireItem) throws -> OwnedNumber {
            try #require(owned.numbers.first { $0.e164 == item.object["e164"] as? String })
        }

        let authID = try first(items, matching: #"^\{"id":"[^"]*","auth_id":"#, "owner named auth_id")
        #expect(try read(authID).accountID == authID.object["auth_id"] as? String)
        #expect(items.contains { $0.object["account_id"] != nil }, "and most still say account_id")

        for (pattern, what) in [(#""monthly_fee":[0-9]+\.0[,}]"#, "fee written 1.0"), (#""monthly_fee":[0-9]+[,}]"#, "integer fee")] {
            let item = try first(items, matching: pattern, what)
            let written = try #require(item.text.range(of: #"(?<="monthly_fee":)[0-9.]+"#, options: .regularExpression).map { String(item.text[$0]) })
            let currency = try #require(item.object["currency"] as? String)
            #expect(try read(item).monthlyFee == Money(try #require(Decimal(string: written)), currency), "\(what): \(item.text)")
        }
        let bare = try first(items, matching: #"^(?!.*"capabilities").*$"#, "number without capabilities")
        let unknown = try read(bare)
        #expect(unknown.capabilities == nil && NumberFormatting.capabilities(unknown.capabilities) == "unknown", "unknown, never none")
        let listed = try await CLIRunner(extra: fixture.environment(only: "VOBIZ")).run(["owned", "--provider", "vobiz", "--json"])
        let row = try #require(try JSONLines.strings(listed.stdout).first { $0["number"] == unknown.e164 })
        #expect(row["capabilities"] == "unknown", "\(row)")

        let fractional = try first(items, matching: #""purchased_at":"[^"]*\.[0-9]+Z""#, "fractional-second timestamp")
        let text = try #require(fractional.object["purchased_at"] as? String)
        let expected = try Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true))
        let bought = try #require(try read(fractional).purchasedAt)
        #expect(abs(bought.timeIntervalSince(expected)) < 0.001 && bought.timeIntervalSince1970.truncatingRemainder(dividingBy: 1) > 0)
        #expect(try read(fractional).nextBillingAt != nil, "its next billing date too: \(fractional.text)")
    }

    @Test func aVobizPurchaseAnswerWritingAFreeSetupAs0Point0IsReadAsZero() async throws {
        let fixture = try await SandboxFixture.start(numbers: 1_000)
        defer { Task { await fixture.sandbox.stop() } }
        let client = VobizClient(credentials: Self.credentials(.vobiz, fixture), transport: Self.transport)
        let free = try await client.searchInventory(InventoryQuery(country: "IN", pageSize: 100)).items.filter { $0.setupFee?.isZero == true }
        // Which numbers are answered with a point is the sandbox's seeded choice: buy free ones
        // until an answer writes `"setup_fee":0.0`.
        for number in free.prefix(20) {
            let receipt = try await client.purchase(number, permit: .test)
            let text = try #require(try await fixture.vobizOwnedItems().first { $0.object["e164"] as? String == number.e164 }?.text)
            guard text.contains(#""setup_fee":0.0,"#) else { continue }
            #expect(receipt.setupFee == Money(0, number.currency) && receipt.monthlyFee == number.monthlyFee, "\(text)")
            return
        }
        Issue.record("no purchase answer wrote its free setup fee as 0.0")
    }

    @Test func vobizInventoryKeepsSeedZerosSpellingWithFractionalTimestampsBesides() async throws {
        let fixture = try await SandboxFixture.start(numbers: 1_000)
        defer { Task { await fixture.sandbox.stop() } }
        let path = "/api/v1/Account/\(SandboxCredentials.vobizMainAuthID)/inventory/numbers?country=IN&per_page=100"
        let items = try await fixture.wireItems(path, as: .vobiz, key: "items")
        #expect(items.allSatisfy { $0.object["account_id"] as? String == "" && $0.object["capabilities"] != nil }, "seed 000 requires both")
        #expect(items.allSatisfy { $0.text.range(of: #""(setup|monthly)_fee":[0-9]+\.0"#, options: .regularExpression) == nil })
        let fractional = try first(items, matching: #""created_at":"[^"]*\.[0-9]+Z""#, "inventory timestamp with fractional seconds")
        let page = try await VobizClient(credentials: Self.credentials(.vobiz, fixture), transport: Self.transport)
            .searchInventory(InventoryQuery(country: "IN", pageSize: 100))
        let number = try #require(page.items.first { $0.e164 == fractional.object["e164"] as? String })
        let listedSince = try #require(number.extras["listed since"])
        #expect(MomentFormatting.parseTimestamp(listedSince) != nil, "read, then shown as a moment: \(listedSince)")
    }

    @Test func plivoStringFeesAndTheTermsRequirementAreRead() async throws {
        let fixture = try await SandboxFixture.start(numbers: 2_000)
        defer { Task { await fixture.sandbox.stop() } }
        let client = PlivoClient(credentials: Self.credentials(.plivo, fixture), transport: Self.transport)
        var terms: (SandboxFixture.WireItem, String)?
        for country in ["US", "GB", "DE", "IN", "FR"] where terms == nil {
            let path = "/v1/Account/\(SandboxCredentials.plivoMainAuthID)/PhoneNumber/?country_iso=\(country)&type=mobile&limit=20"
            let items = try await fixture.wireItems(path, as: .plivo, key: "objects")
            terms = items.first { $0.object["restriction"] as? String == "terms-and-conditions" }.map { ($0, country) }
        }
        let (item, country) = try #require(terms, "the sandbox serves no terms-and-conditions number")
        let rate = try #require(item.object["monthly_rental_rate"] as? String, "Plivo writes fees as strings")
        let page = try await client.searchInventory(InventoryQuery(country: country, type: .mobile, pageSize: 20))
        let number = try #require(page.items.first { $0.digits == item.object["number"] as? String })
        #expect(number.monthlyFee == Money(try #require(Decimal(string: rate)), "USD"))
        #expect(number.requirements.restriction == "terms-and-conditions")
        #expect(number.requirements.lines.first?.hasPrefix("terms and conditions: ") == true, "\(number.requirements.lines)")
        #expect(!number.requirements.needsDocuments, "accepting terms needs no documents")
        let receipt = try await client.purchase(number, permit: .test)
        #expect(receipt.status == .active, "bought active, not pending documents")
    }

    @Test func agniIntegerPricesAndFractionalTimestampsAreRead() async throws {
        let fixture = try await SandboxFixture.start(numbers: 1_000)
        defer { Task { await fixture.sandbox.stop() } }
        let items = try await fixture.wireItems("/api/v1/phone-numbers/list", as: .agni, key: "data")
        let integer = try first(items, matching: #""per_minute_price_inbound":[0-9]+,"#, "integer per-minute price")
        let numbers = try await AgniClient(credentials: Self.credentials(.agni, fixture), transport: Self.transport).ownedNumbers(.all)
        let number = try #require(numbers.first { $0.e164 == integer.object["number"] as? String })
        #expect(number.details.inboundPerMinute == Money(Decimal(integer.object["per_minute_price_inbound"] as? Int ?? -1), "USD"))
        #expect(number.monthlyFee == Money(Decimal(integer.object["price"] as? Int ?? -1), "USD"))
        let fractional = try first(items, matching: #""updated_at":"[^"]*\.[0-9]+Z""#, "Agni timestamp with fractional seconds")
        let updated = try #require(numbers.first { $0.e164 == fractional.object["number"] as? String }?.details.updatedAt)
        #expect(updated.timeIntervalSince1970.truncatingRemainder(dividingBy: 1) > 0)
    }
}
