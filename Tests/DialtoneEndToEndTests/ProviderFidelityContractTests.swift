@testable import DialtoneCore
import DialtoneSandbox
import Foundation
import Testing

/// The providers' edge behaviour through the real clients and the `dialtone` binary against the
/// sandbox over HTTP: Vobiz's insufficient balance, who pays for a sub-account's purchase,
/// Plivo's buy options, Plivo's pending numbers and day-only dates, Agni's owned filters and currency.
@Suite struct ProviderFidelityContractTests {
    private static let transport = HTTPTransport(policy: RetryPolicy(maxAttempts: 2), requestTimeout: .seconds(10), sleep: { _ in })

    private static func vobiz(_ fixture: SandboxFixture, sub: Bool = false) -> VobizClient {
        VobizClient(credentials: ProviderCredentials(
            provider: .vobiz, authID: sub ? SandboxCredentials.vobizSubAuthID : SandboxCredentials.vobizMainAuthID,
            token: Secret(sub ? SandboxCredentials.vobizSubToken : SandboxCredentials.vobizMainToken), baseURL: fixture.sandbox.baseURL),
            transport: transport)
    }

    private static func plivo(_ fixture: SandboxFixture, options: PlivoBuyOptions = .none) -> PlivoClient {
        PlivoClient(credentials: ProviderCredentials(
            provider: .plivo, authID: SandboxCredentials.plivoMainAuthID, token: Secret(SandboxCredentials.plivoMainToken),
            baseURL: fixture.sandbox.baseURL), buyOptions: options, transport: transport)
    }

    @Test func vobizInsufficientBalanceIsADefiniteRefusalWithTheProvidersWords() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let client = Self.vobiz(fixture)
        let target = try #require(try await client.searchInventory(InventoryQuery(country: "IN", pageSize: 1)).items.first)
        fixture.sandbox.setFaults(SandboxFaults(insufficientBalanceOnPurchase: 1))
        do {
            _ = try await client.purchase(target, permit: .test)
            Issue.record("an unaffordable purchase succeeded")
        } catch let error as DialtoneError {
            #expect(error.kind == .insufficientBalance && error.httpStatus == 500)
            #expect(error.providerMessage?.contains("insufficient balance to purchase \(target.e164)") == true)
            #expect(error.description.hasPrefix("Vobiz: insufficient balance — "))
        }
        #expect(try await !client.ownedNumbers(.all).contains { $0.e164 == target.e164 })
    }

    @Test func buyExitsOneSayingInsufficientBalanceAndJournalsAFailure() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let cli = try CLIRunner(extra: fixture.environment(only: "VOBIZ"))
        let target = try #require(try JSONLines.described(await cli.run(["inventory", "--country", "IN", "--per-page", "1", "--json"]).stdout).first?["number"])
        fixture.sandbox.setFaults(SandboxFaults(insufficientBalanceOnPurchase: 1))
        let result = try await cli.run(["buy", target, "--yes"])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("not bought: Vobiz: insufficient balance — insufficient balance to purchase \(target)"), "\(result.stderr)")
        let json = try await cli.run(["buy", target, "--yes", "--json"])
        #expect(json.status == 0, "the number stayed in stock: \(json.stderr)")
        let states = cli.journal.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["state"] as? String
        }
        #expect(states == ["intent", "failed", "intent", "done"])
    }

    @Test func aVobizSubAccountsBuyNamesTheParentAsPayerWithoutShowingItsOwnBalance() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let sub = Self.vobiz(fixture, sub: true)
        #expect(sub.purchaseTerms.billing == .parentAccount(of: SandboxCredentials.vobizSubAuthID))
        let account = try await sub.account(currency: "INR")
        #expect(!account.balanceIsBilled, "the balance a sub-account reads is its own")
        var environment = fixture.environment(only: "VOBIZ")
        environment["VOBIZ_AUTH_ID"] = SandboxCredentials.vobizSubAuthID
        environment["VOBIZ_AUTH_TOKEN"] = SandboxCredentials.vobizSubToken
        let cli = try CLIRunner(extra: environment)
        let target = try #require(try JSONLines.described(await cli.run(["inventory", "--country", "IN", "--per-page", "1", "--json"]).stdout).first?["number"])
        let parentBefore = try await fixture.sandbox.balance(account: SandboxCredentials.vobizMainAuthID, currency: "INR")
        let result = try await cli.run(["buy", target, "--yes"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.range(of: "Billed to +parent main account of SA_", options: .regularExpression) != nil, "\(result.stderr)")
        #expect(result.stderr.range(of: "Balance +the parent's balance is not visible to a sub-account", options: .regularExpression) != nil, "\(result.stderr)")
        #expect(!result.stderr.contains("Balance now"), "the sub-account's own balance is never shown as the one debited")
        #expect(try await fixture.sandbox.balance(account: SandboxCredentials.vobizMainAuthID, currency: "INR") < parentBefore)
    }

    @Test func plivoBuysForASubAccountWithTheMainAccountAndTheOwnedListSaysSo() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let client = Self.plivo(fixture, options: PlivoBuyOptions(appID: SandboxCredentials.plivoApplicationID, cnamLookup: false, subaccount: SandboxCredentials.plivoSubAuthID))
        let target = try #require(try await client.searchInventory(InventoryQuery(country: "US", pageSize: 20)).items.first { !$0.requirements.needsDocuments })
        let receipt = try await client.purchase(target, permit: .test)
        #expect(receipt.accountID == SandboxCredentials.plivoSubAuthID)
        let owned = try await client.ownedNumbers(.all)
        #expect(owned.first { $0.e164 == target.e164 }?.accountID == SandboxCredentials.plivoSubAuthID)
        let bad = Self.plivo(fixture, options: PlivoBuyOptions(subaccount: "SAOTHERACCOUNT000009"))
        let next = try #require(try await bad.searchInventory(InventoryQuery(country: "US", pageSize: 20)).items.first { !$0.requirements.needsDocuments })
        await #expect(throws: DialtoneError.self) { _ = try await bad.purchase(next, permit: .test) }
    }

    @Test func buyTakesPlivoOptionsAndRefusesThemForOtherProviders() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let plivo = try CLIRunner(extra: fixture.environment(only: "PLIVO"))
        let rows = try JSONLines.described(await plivo.run(["inventory", "--country", "US", "--per-page", "20", "--json"]).stdout)
        let target = try #require(rows.first { ($0["requirements"] ?? "").isEmpty }?["number"] ?? rows.first?["number"])
        let result = try await plivo.run(["buy", target, "--country", "US", "--yes", "--subaccount", SandboxCredentials.plivoSubAuthID, "--cnam-lookup", "enabled"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("(main account); the number goes to sub-account SADI"), "\(result.stderr)")
        #expect(result.stderr.range(of: "CNAM lookup +enabled", options: .regularExpression) != nil, "\(result.stderr)")
        let owned = try JSONLines.described(await plivo.run(["owned", "--provider", "plivo", "--json"]).stdout)
        #expect(owned.contains { $0["number"] == target && $0["account"] == Redactor.maskIdentifier(SandboxCredentials.plivoSubAuthID) }, "\(owned.filter { $0["number"] == target })")

        let vobiz = try CLIRunner(extra: fixture.environment(only: "VOBIZ"))
        let refused = try await vobiz.run(["buy", "+919876543210", "--yes", "--app-id", "2037"])
        #expect(refused.status == 2 && refused.stderr.contains("apply to Plivo profiles only"), "\(refused.stderr)")
        let invalid = try await plivo.run(["buy", target, "--yes", "--cnam-lookup", "maybe"])
        #expect(invalid.status == 2 && invalid.stderr.contains("--cnam-lookup must be enabled or disabled"), "\(invalid.stderr)")
    }

    @Test func plivoPendingNumbersAndDayOnlyDatesComeThroughTheRentedList() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let client = Self.plivo(fixture)
        var pending: PhoneNumber?
        for country in ["DE", "GB", "FR", "US"] where pending == nil {
            pending = try await client.searchInventory(InventoryQuery(country: country, pageSize: 100)).items.first { $0.requirements.needsDocuments }
        }
        let target = try #require(pending, "the sandbox seeds Plivo numbers that need documents")
        let receipt = try await client.purchase(target, permit: .test)
        #expect(receipt.status == .pending)
        let owned = try #require(try await client.ownedNumbers(.all).first { $0.e164 == target.e164 })
        #expect(owned.status == .pending, "waiting for documents, not inactive")
        let day = try #require(owned.purchasedAt, "added_on is a day without a time")
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        #expect(utc.dateComponents([.hour, .minute, .second], from: day) == DateComponents(hour: 0, minute: 0, second: 0))
    }

    @Test func agniOwnedFiltersAndPricesInTheProfilesCurrency() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let client = AgniClient(credentials: ProviderCredentials(
            provider: .agni, authID: "agni", token: Secret(SandboxCredentials.agniAPIKey), baseURL: fixture.sandbox.baseURL), transport: Self.transport)
        let india = try await client.ownedNumbers(OwnedQuery(country: "IN"))
        #expect(!india.isEmpty && india.allSatisfy { $0.country == "IN" })
        #expect(india.allSatisfy { ($0.monthlyFee?.amount ?? 0) <= 5 && $0.monthlyFee?.currency == "USD" }, "\(india.map(\.monthlyFee))")
        let region = try #require(india.first?.region)
        let inRegion = try await client.ownedNumbers(OwnedQuery(region: region))
        #expect(!inRegion.isEmpty && inRegion.allSatisfy { $0.region == region })
        let inactive = try await client.ownedNumbers(OwnedQuery(activeOnly: false))
        #expect(!inactive.isEmpty && inactive.allSatisfy { $0.status != .active })

        let cli = try CLIRunner(extra: fixture.environment.filter { $0.key == "RAVAN_API_KEY" || $0.key == "DIALTONE_BASE_URL" })
        let table = try await cli.run(["owned", "--provider", "agni", "--country", "IN"])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(!table.stderr.contains("INR") && table.stderr.contains("monthly USD"), "\(table.stderr)")
    }
}

/// Plivo's documented search filters through the client and `dialtone inventory`, against the sandbox.
@Suite struct PlivoSearchFilterContractTests {
    @Test func theClientSendsEveryFilterAndTheSandboxAppliesIt() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let client = PlivoClient(credentials: ProviderCredentials(
            provider: .plivo, authID: SandboxCredentials.plivoMainAuthID, token: Secret(SandboxCredentials.plivoMainToken),
            baseURL: fixture.sandbox.baseURL))
        let sample = try #require(try await client.searchInventory(InventoryQuery(country: "US", type: .local, pageSize: 50)).items.first { $0.city != nil })
        let city = try #require(sample.city)
        let byCity = try await client.searchInventory(InventoryQuery(country: "US", filters: SearchFilters(city: city), pageSize: 50))
        #expect(!byCity.items.isEmpty && byCity.items.allSatisfy { $0.city == city })
        let npanxx = String(sample.digits.dropFirst().prefix(6))
        let byNPANXX = try await client.searchInventory(InventoryQuery(country: "US", filters: SearchFilters(npanxx: npanxx, localCallingArea: true), pageSize: 50))
        #expect(byNPANXX.items.contains { $0.e164 == sample.e164 })
        #expect(byNPANXX.items.allSatisfy { $0.digits.hasPrefix("1" + npanxx.prefix(3)) })
        var restricted: PhoneNumber?
        for country in ["DE", "GB", "FR", "US"] where restricted == nil {
            restricted = try await client.searchInventory(InventoryQuery(country: country, pageSize: 100)).items.first { $0.requirements.restriction?.hasSuffix("-address") == true }
        }
        let prerequisites = try #require(restricted).requirements.prerequisites
        #expect(prerequisites.count == 1 && prerequisites[0].hasPrefix("address proof required (scope: "), "\(prerequisites)")
        let sms = try await client.searchInventory(InventoryQuery(country: "US", capabilities: [.sms, .mms], pageSize: 50))
        #expect(!sms.items.isEmpty && sms.items.allSatisfy { $0.capabilities?.sms == true }, "the documented part (sms) is filtered on the server")
        await #expect(throws: DialtoneError.self) {
            _ = try await client.searchInventory(InventoryQuery(country: "US", filters: SearchFilters(npanxx: "12"), pageSize: 5))
        }
    }

    @Test func inventoryTakesTheFiltersAsOptions() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let cli = try CLIRunner(extra: fixture.environment(only: "PLIVO"))
        let all = try await cli.run(["inventory", "--country", "US", "--type", "local", "--per-page", "50", "--csv"])
        let rows = CSVReader.rows(all.stdout)
        let header = try #require(rows.first)
        let cityColumn = try #require(header.firstIndex(of: "city"))
        let city = try #require(rows.dropFirst().map { $0[cityColumn] }.first { !$0.isEmpty })
        let filtered = try await cli.run(["inventory", "--country", "US", "--city", city, "--services", "voice,sms", "--csv"])
        #expect(filtered.status == 0, "\(filtered.stderr)")
        let cities = CSVReader.rows(filtered.stdout).dropFirst().map { $0[cityColumn] }
        #expect(!cities.isEmpty && cities.allSatisfy { $0 == city })
        let undocumented = try await cli.run(["inventory", "--country", "US", "--services", "sms,mms"])
        #expect(undocumented.status == 2 && undocumented.stderr.contains("--services must be one of voice | sms | mms | voice,sms | voice,sms,mms"), "\(undocumented.stderr)")
        let vobiz = try CLIRunner(extra: fixture.environment(only: "VOBIZ"))
        let refused = try await vobiz.run(["inventory", "--city", "Mumbai"])
        #expect(refused.status == 2 && refused.stderr.contains("--city is a Plivo search filter"), "\(refused.stderr)")
        let invalid = try await cli.run(["inventory", "--country", "US", "--npanxx", "20636"])
        #expect(invalid.status == 2 && invalid.stderr.contains("npanxx must be six digits"), "\(invalid.stderr)")
    }
}

/// A page with malformed entries is shown without them, and the headless commands say how many.
@Suite struct SkippedEntriesContractTests {
    @Test func inventorySkipsMalformedEntriesAndSaysHowManyOnStderr() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        fixture.sandbox.setFaults(SandboxFaults(malformedEntries: 2))
        let vobiz = try CLIRunner(extra: fixture.environment(only: "VOBIZ"))
        let json = try await vobiz.run(["inventory", "--country", "IN", "--per-page", "5", "--json"])
        #expect(json.status == 0, "\(json.stderr)")
        #expect(json.stdout.split(separator: "\n").count == 5, "the rest of the page is shown")
        let warning = try #require(json.stderr.split(separator: "\n").last { $0.contains("warning") })
        let object = try #require(try JSONSerialization.jsonObject(with: Data(warning.utf8)) as? [String: [String: Any]])
        #expect(object["warning"]?["count"] as? Int == 2 && object["warning"]?["message"] as? String == "2 entries could not be read")
        let plivo = try CLIRunner(extra: fixture.environment(only: "PLIVO"))
        let table = try await plivo.run(["inventory", "--country", "US", "--per-page", "5"])
        #expect(table.status == 0 && table.stderr.contains("dialtone: 2 entries could not be read"), "\(table.stderr)")
        fixture.sandbox.setFaults(.none)
        let clean = try await vobiz.run(["inventory", "--country", "IN", "--per-page", "5"])
        #expect(!clean.stderr.contains("could not be read"))
    }
}
