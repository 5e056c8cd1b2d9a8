import Foundation
import Testing
@testable import DialtoneCore

/// Decoders and requests for the providers' edge behaviour: lists read item by item, Plivo's
/// date-only `added_on` and pending numbers, Plivo's buy options, Agni's owned filters.
@Suite struct ProviderFidelityTests {
    private func decode<T: Decodable>(_ type: T.Type, _ json: String, _ provider: ProviderKind) throws -> T {
        try WireJSON.decode(type, from: Data(json.utf8), provider: provider)
    }

    /// `json`'s array under `key` with two malformed entries appended: one without its number,
    /// one not an object at all.
    private func withTwoBadEntries(_ json: String, key: String, bad: String) throws -> String {
        var object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        var entries = try #require(object[key] as? [Any])
        entries.insert(try JSONSerialization.jsonObject(with: Data(bad.utf8)), at: 0)
        entries.append("not a number object")
        object[key] = entries
        return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    @Test func aVobizPageWithMalformedItemsKeepsTheRestAndCountsTheSkipped() throws {
        let json = try withTwoBadEntries(SeedFixtures.vobizInventoryList, key: "items", bad: #"{"country":"US","monthly_fee":1}"#)
        let list = try decode(VobizListDTO.self, json, .vobiz)
        #expect(list.items.map(\.e164) == ["+14155551234"])
        #expect(list.skipped == 2)
        #expect(SkippedEntries.phrase(list.skipped) == "2 entries could not be read")
    }

    @Test func aPlivoPageWithMalformedObjectsKeepsTheRestAndCountsTheSkipped() throws {
        let json = try withTwoBadEntries(SeedFixtures.plivoSearchAnswer, key: "objects", bad: #"{"prefix":"415","sms_enabled":"maybe"}"#)
        let list = try decode(PlivoListDTO<PlivoSearchObjectDTO>.self, json, .plivo)
        #expect(list.objects.map(\.number) == ["14154009186"])
        #expect(list.skipped == 2)
    }

    @Test func anAgniListWithMalformedEntriesKeepsTheRestAndCountsTheSkipped() throws {
        let json = try withTwoBadEntries(SeedFixtures.agniPurchasedList, key: "data", bad: #"{"friendly_name":"no number"}"#)
        let list = try decode(AgniListDTO.self, json, .agni)
        #expect(list.data.map(\.number) == ["+14155550100"])
        #expect(list.skipped == 2)
        #expect(SkippedEntries.phrase(1) == "1 entry could not be read" && SkippedEntries.phrase(0) == nil)
    }

    @Test func plivoAddedOnIsADayWithoutATime() throws {
        let json = #"{"number":"14155550111","added_on":"2026-01-02","active":true}"#
        let rented = try decode(PlivoRentedDTO.self, json, .plivo)
        let day = try #require(rented.addedOn)
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        #expect(utc.dateComponents([.year, .month, .day, .hour, .minute], from: day) == DateComponents(year: 2026, month: 1, day: 2, hour: 0, minute: 0))
        #expect(LenientNumber.date("2026-13-40") == nil)
    }

    @Test func aPlivoNumberNotYetActiveIsPendingItsDocuments() throws {
        let json = #"{"number":"442079460000","added_on":"2026-01-02","active":false,"number_type":"local"}"#
        let owned = try decode(PlivoRentedDTO.self, json, .plivo).ownedNumber(accountID: "MATESTAUTHID00000001")
        #expect(owned.status == .pending)
        #expect(owned.status.tone == .pending)
    }

    /// Buys one number from a loopback Plivo with `options`; returns the client, the receipt and the body sent.
    private func buy(with options: PlivoBuyOptions) async throws -> (PlivoClient, PurchaseReceipt, Data) {
        let server = LoopbackServer(body: SeedFixtures.plivoBuyAnswer)
        try await server.start()
        defer { server.stop() }
        let client = PlivoClient(credentials: TestCredentials.plivo(server.baseURL), buyOptions: options, transport: TestCredentials.fastTransport)
        let receipt = try await client.purchase(TestCredentials.number("+14155559186", provider: .plivo, currency: "USD"), permit: .test)
        return (client, receipt, try #require(server.requests.first).body)
    }

    @Test func plivoBuyOptionsGoInTheJSONBodyAndTheTermsSayTheMainAccountPays() async throws {
        let options = PlivoBuyOptions(appID: "20372631212782780", cnamLookup: true, subaccount: "SATESTAUTHID00000002")
        let (client, receipt, sent) = try await buy(with: options)
        let body = try #require(try JSONSerialization.jsonObject(with: sent) as? [String: String])
        #expect(body == ["app_id": "20372631212782780", "cnam_lookup": "enabled", "subaccount": "SATESTAUTHID00000002"])
        #expect(receipt.accountID == "SATESTAUTHID00000002", "the number belongs to the sub-account")
        #expect(client.purchaseTerms.billing == .mainAccount("MATESTAUTHID00000001", assignedTo: "SATESTAUTHID00000002"))
        #expect(client.purchaseTerms.billing.payer?.contains("(main account)") == true)
        #expect(client.purchaseTerms.options.map(\.label) == ["Application", "CNAM lookup"])
    }

    @Test func aComplianceApplicationGoesInTheBodyAndTheTerms() async throws {
        let id = "5f4c2b1e-8d3a-4c6f-9e7b-1a2b3c4d5e6f"
        let (client, _, sent) = try await buy(with: PlivoBuyOptions(appID: "2037", complianceApplicationID: id))
        let body = try #require(try JSONSerialization.jsonObject(with: sent) as? [String: String])
        #expect(body == ["app_id": "2037", "compliance_application_id": id])
        #expect(client.purchaseTerms.options == [.init(label: "Application", value: "2037"), .init(label: "Compliance application", value: id)])
        #expect(PlivoBuyOptions(complianceApplicationID: id).overridden(by: PlivoBuyOptions(appID: "1")).complianceApplicationID == id)
        let problem = try #require(PlivoBuyOptions(complianceApplicationID: "CA-0042").problem)
        #expect(problem.key == "compliance_application_id")
        #expect(problem.message.contains("must be the UUID of a Plivo compliance application") && problem.message.contains("CA-0042"))
    }

    @Test func plivoBuyWithoutOptionsSendsAnEmptyObject() async throws {
        let (client, _, sent) = try await buy(with: .none)
        #expect(String(decoding: sent, as: UTF8.self) == "{}")
        #expect(client.purchaseTerms == PurchaseTerms(billing: .ownAccount))
    }

    @Test func badPlivoBuyOptionsAreNamed() {
        #expect(PlivoBuyOptions(subaccount: "SA_SHORT").problem?.key == "subaccount")
        #expect(PlivoBuyOptions(appID: "app id; rm").problem?.key == "app_id")
        #expect(PlivoBuyOptions(appID: "2037", subaccount: "SADIALTONESANDBOX002").problem == nil)
        #expect(PlivoBuyOptions.cnamLookup("Disabled") == false && PlivoBuyOptions.cnamLookup("sometimes") == nil)
        #expect(PlivoBuyOptions(appID: "1").overridden(by: PlivoBuyOptions(cnamLookup: false)) == PlivoBuyOptions(appID: "1", cnamLookup: false))
    }

    @Test func plivoProfileKeysBecomeBuyOptionsAndOtherProvidersRefuseThem() throws {
        let path = try TemporaryConfig.write("""
            [profiles.us]
            provider = "plivo"
            auth_id = "MAUSAUTHID0000000001"
            token = "t"
            app_id = "2037"
            cnam_lookup = "disabled"
            subaccount = "SAUSAUTHID0000000002"
            """)
        let config = try ConfigLoader.load(environment: [:], path: path)
        let us = try #require(try config.profile(named: "us"))
        #expect(us.plivoBuyOptions == PlivoBuyOptions(appID: "2037", cnamLookup: false, subaccount: "SAUSAUTHID0000000002"))
        #expect(config.warnings.isEmpty)
        let client = try #require(us.makeProvider() as? PlivoClient)
        #expect(client.buyOptions == us.plivoBuyOptions)

        let wrong = try TemporaryConfig.write("""
            [profiles.india]
            provider = "vobiz"
            auth_id = "MA_INDIA001"
            token = "t"
            subaccount = "SAUSAUTHID0000000002"
            """)
        do {
            _ = try ConfigLoader.load(environment: [:], path: wrong)
            Issue.record("a Vobiz profile took a Plivo key")
        } catch let error as DialtoneError {
            #expect(error.description.contains("subaccount applies to Plivo profiles only"))
            #expect(error.description.contains("config.toml:5"))
        }
    }

    @Test func theComplianceApplicationProfileKeyIsReadAndChecked() throws {
        let profile = { (value: String) in
            try TemporaryConfig.write("""
                [profiles.us]
                provider = "plivo"
                auth_id = "MAUSAUTHID0000000001"
                token = "t"
                compliance_application_id = "\(value)"
                """)
        }
        let config = try ConfigLoader.load(environment: [:], path: try profile("5F4C2B1E-8D3A-4C6F-9E7B-1A2B3C4D5E6F"))
        let us = try #require(try config.profile(named: "us"))
        #expect(us.plivoBuyOptions == PlivoBuyOptions(complianceApplicationID: "5F4C2B1E-8D3A-4C6F-9E7B-1A2B3C4D5E6F"))
        #expect(config.warnings.isEmpty, "a known key: \(config.warnings)")
        do {
            _ = try ConfigLoader.load(environment: [:], path: try profile("latest"))
            Issue.record("a compliance application ID that is no UUID was taken")
        } catch let error as DialtoneError {
            #expect(error.description.contains("config.toml:5") && error.description.contains("compliance_application_id must be the UUID"), "\(error)")
        }
    }

    @Test func vobizSubAccountTermsBillTheParent() {
        #expect(PurchaseTerms.plain(accountID: "SA_TEST0002").billing == .parentAccount(of: "SA_TEST0002"))
        #expect(PurchaseTerms.plain(accountID: "MA_TEST0001").billing == .ownAccount)
        let client = VobizClient(credentials: TestCredentials.vobiz("http://127.0.0.1:9", authID: "SA_TEST0002"))
        #expect(client.purchaseTerms.billing.payer?.hasPrefix("parent main account of SA_") == true)
    }

    @Test func agniSendsRegionCountryAndActiveAsItsOwnedFilters() async throws {
        let server = LoopbackServer(body: SeedFixtures.agniPurchasedList)
        try await server.start()
        defer { server.stop() }
        let client = AgniClient(credentials: TestCredentials.agni(server.baseURL), transport: TestCredentials.fastTransport)
        let list = try await client.ownedNumberList(OwnedQuery(country: "US", region: "example", activeOnly: false))
        #expect(server.requests.first?.query == ["region": "example", "iso_country": "US", "is_active": "false"])
        #expect(list.numbers.first?.monthlyFee == Money(1, "USD"), "Agni states no currency: the profile's (USD by default)")
    }

    @Test func ownedQueryMatchesRegionOrCityCaseInsensitively() {
        let number = OwnedNumber(provider: .vobiz, e164: "+918040000001", country: "IN", region: "Karnataka", city: "Bengaluru")
        #expect(OwnedQuery(region: "karnataka").matches(number) && OwnedQuery(region: "BENGALURU").matches(number))
        #expect(!OwnedQuery(region: "Kerala").matches(number))
    }

    @Test func plivoPrerequisitesOfAnyShapeBecomeRequirementLines() throws {
        let shapes = [
            (#"[{"type":"address proof required","scope":"country"}]"#, ["address proof required (scope: country)"]),
            (#""address proof required""#, ["address proof required"]),
            (#"["proof of address", {"name":"local_id","scope":"city","count":1}]"#, ["proof of address", "local id (count: 1, scope: city)"]),
            (#"null"#, []),
        ]
        for (json, lines) in shapes {
            let object = #"{"number":"442079460000","monthly_rental_rate":"1.20000","prerequisites":\#(json)}"#
            let number = try decode(PlivoSearchObjectDTO.self, object, .plivo).phoneNumber(country: "GB")
            #expect(number.requirements.prerequisites == lines, "\(json)")
            #expect(number.requirements.needsDocuments == !lines.isEmpty)
            #expect(lines.allSatisfy(number.requirements.lines.contains))
        }
        let seed = try decode(PlivoSearchObjectDTO.self, SeedFixtures.plivoPhoneNumberObject, .plivo).phoneNumber(country: "US")
        #expect(seed.requirements.prerequisites.isEmpty && !seed.requirements.needsDocuments)
        let hostile = #"{"number":"1","prerequisites":"\u001b[31mred"}"#
        let shown = try decode(PlivoSearchObjectDTO.self, hostile, .plivo).prerequisites
        #expect(!shown.isEmpty && shown.allSatisfy { !$0.contains("\u{1B}") }, "\(shown)")
    }

    @Test func requirementsWrittenBeforePrerequisitesStillDecode() throws {
        let old = #"{"aadhaarVerificationRequired":true,"aadhaarVerified":false,"minimumCommitmentMonths":3}"#
        let requirements = try JSONDecoder().decode(Requirements.self, from: Data(old.utf8))
        #expect(requirements.prerequisites.isEmpty && requirements.minimumCommitmentMonths == 3)
    }
}
