import DialtoneCore
import DialtoneSandbox
import Foundation
import Testing

/// The sandbox is as strict as the providers' documents: Vobiz inventory answers meet seed
/// 000's schema, Plivo paths need their `/`, Vobiz answers only the documented casings, the
/// insufficient-balance fault answers as Vobiz does, Agni prices are in the profile's currency.
@Suite struct ProviderStrictnessTests {
    @Test func vobizInventoryAnswersMeetSeedZerosSchema() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.stop() } }
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(VobizInventorySchema.response.utf8)) as? [String: Any])
        var checked = 0
        for query in ["per_page=100", "country=IN&per_page=100", "country=US&per_page=100&page=2", "country=DE&search=49"] {
            let reply = try await harness.send(.GET, "\(Paths.vobiz)/inventory/numbers?\(query)", auth: .vobizMain)
            #expect(reply.status == 200)
            let tree = try JSONDecoder().decode(JSONTree.self, from: reply.body)
            let violations = VobizInventorySchema.violations(tree, schema: schema)
            #expect(violations.isEmpty, "\(query): \(violations.prefix(5))")
            #expect(reply.text.range(of: #""(setup|monthly)_fee":-?[0-9]+\."#, options: .regularExpression) == nil, "fees are integers, not 1.0")
            checked += (reply.object["items"] as? [Any])?.count ?? 0
        }
        #expect(checked > 100)
    }

    @Test func theSchemaCheckCatchesAFractionalFeeAndAMissingField() throws {
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(VobizInventorySchema.response.utf8)) as? [String: Any])
        let bad = #"{"items":[{"id":"x","e164":"+1","setup_fee":1.5}],"page":1,"per_page":25,"total":1}"#
        let violations = VobizInventorySchema.violations(try JSONDecoder().decode(JSONTree.self, from: Data(bad.utf8)), schema: schema)
        #expect(violations.contains("$.items.0.setup_fee: expected integer, got 1.5"))
        #expect(violations.contains("$.items.0.monthly_fee: missing"))
    }

    @Test func plivoPathsWithoutTheirTrailingSlashAnswer404() async throws {
        let harness = try await SandboxHarness.start(numbers: 200)
        defer { Task { await harness.stop() } }
        for path in ["\(Paths.plivo)", "\(Paths.plivo)/PhoneNumber?country_iso=US", "\(Paths.plivo)/Number"] {
            let reply = try await harness.send(.GET, path, auth: .plivoMain)
            #expect(reply.status == 404, "\(path)")
            #expect(reply.object["api_id"] is String && reply.object["error"] as? String == "not found", "Plivo's error shape")
        }
        #expect(try await harness.send(.GET, "\(Paths.plivo)/PhoneNumber/?country_iso=US", auth: .plivoMain).status == 200)
        #expect(try await harness.send(.GET, "\(Paths.plivo)/", auth: .plivoMain).status == 200)
    }

    @Test func vobizAnswersOnlyTheDocumentedCasings() async throws {
        let harness = try await SandboxHarness.start(numbers: 200)
        defer { Task { await harness.stop() } }
        let id = SandboxCredentials.vobizMainAuthID
        for path in ["/api/v1/Account/\(id)/inventory/numbers", "/api/v1/account/\(id)/inventory/numbers"] {
            #expect(try await harness.send(.GET, path, auth: .vobizMain).status == 200, "\(path)")
        }
        for path in ["/api/v1/ACCOUNT/\(id)/inventory/numbers", "/api/v1/Account/\(id)/Inventory/Numbers", "/API/v1/Account/\(id)/balance/INR",
                     "/api/v1/Account/\(id)/Balance/INR"] {
            let reply = try await harness.send(.GET, path, auth: .vobizMain)
            #expect(reply.status == 404, "\(path)")
        }
    }

    @Test func insufficientBalanceFaultRefusesAVobizPurchaseAsVobizDoesAndSellsNothing() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.stop() } }
        let e164 = try #require(try await harness.vobizInventory(country: "IN").first?["e164"] as? String)
        let before = try await harness.sandbox.balance(account: SandboxCredentials.vobizMainAuthID, currency: "INR")
        harness.sandbox.setFaults(SandboxFaults(insufficientBalanceOnPurchase: 1))
        let body = #"{"e164":"\#(e164)"}"#
        let refused = try await harness.send(.POST, "\(Paths.vobizLower)/numbers/purchase-from-inventory", auth: .vobizMain, body: body)
        #expect(refused.status == 500)
        #expect(refused.object["status"] as? String == "error" && refused.object["requestId"] is String)
        let error = try #require(refused.object["error"] as? [String: Any])
        #expect(error["code"] as? String == "INSUFFICIENT_BALANCE")
        #expect((error["message"] as? String)?.contains("insufficient balance") == true)
        #expect(try await harness.sandbox.balance(account: SandboxCredentials.vobizMainAuthID, currency: "INR") == before)
        #expect(harness.sandbox.faults.insufficientBalanceOnPurchase == 0, "the fault was used up")
        let bought = try await harness.send(.POST, "\(Paths.vobizLower)/numbers/purchase-from-inventory", auth: .vobizMain, body: body)
        #expect(bought.status == 200, "the number stayed in stock")
        #expect(try await harness.sandbox.ledgerIsConsistent())
    }

    @Test func theFaultIsSetThroughTheAdminEndpointToo() async throws {
        let harness = try await SandboxHarness.start(numbers: 200)
        defer { Task { await harness.stop() } }
        #expect(try await harness.send(.POST, "/_sandbox/faults", body: #"{"insufficient_balance_purchases":2}"#).status == 200)
        #expect(harness.sandbox.faults.insufficientBalanceOnPurchase == 2)
        #expect(try await harness.send(.POST, "/_sandbox/faults", body: #"{"insufficient_balance_purchases":-1}"#).status == 400)
    }

    @Test func thePlivoBuyAnswerFaultsAreSetThroughTheAdminEndpointAndCheckedLikeTheOthers() async throws {
        let harness = try await SandboxHarness.start(numbers: 200)
        defer { Task { await harness.stop() } }
        let set = #"{"partial_answer_purchases":1,"failed_number_purchases":2}"#
        #expect(try await harness.send(.POST, "/_sandbox/faults", body: set).status == 200)
        #expect(harness.sandbox.faults.partialAnswerPurchases == 1 && harness.sandbox.faults.failedNumberPurchases == 2)
        for key in ["partial_answer_purchases", "failed_number_purchases"] {
            #expect(try await harness.send(.POST, "/_sandbox/faults", body: #"{"\#(key)":-1}"#).status == 400, "\(key)")
        }
    }

    @Test func agniPricesAreWholeUSDWhateverTheNumbersCountry() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.stop() } }
        let reply = try await harness.send(.GET, "/api/v1/phone-numbers/list?iso_country=IN", auth: .agni)
        let prices = (reply.object["data"] as? [[String: Any]] ?? []).compactMap { $0["price"] as? Int }
        #expect(!prices.isEmpty)
        #expect(prices.allSatisfy { (1...5).contains($0) }, "USD monthly prices, not INR amounts: \(prices)")
        let region = try #require((reply.object["data"] as? [[String: Any]])?.first?["region"] as? String)
        let byRegion = try await harness.send(.GET, "/api/v1/phone-numbers/list?region=\(region.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!)", auth: .agni)
        let regions = (byRegion.object["data"] as? [[String: Any]] ?? []).compactMap { $0["region"] as? String }
        #expect(!regions.isEmpty && regions.allSatisfy { $0 == region })
    }

    @Test func plivoBuyOptionsAreCheckedAndASubAccountGetsTheNumber() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.stop() } }
        let search = try await harness.send(.GET, "\(Paths.plivo)/PhoneNumber/?country_iso=US&limit=2", auth: .plivoMain)
        let numbers = (search.object["objects"] as? [[String: Any]] ?? []).compactMap { $0["number"] as? String }
        #expect(numbers.count == 2)
        let badCNAM = try await harness.send(.POST, "\(Paths.plivo)/PhoneNumber/\(numbers[0])/", auth: .plivoMain, body: #"{"cnam_lookup":"yes"}"#)
        #expect(badCNAM.status == 400 && badCNAM.object["error"] as? String == "cnam_lookup must be enabled or disabled")
        let app = try #require(try await harness.plivoApplications().first?["app_id"] as? String)
        let body = #"{"app_id":"\#(app)","cnam_lookup":"enabled","subaccount":"\#(SandboxCredentials.plivoSubAuthID)"}"#
        let bought = try await harness.send(.POST, "\(Paths.plivo)/PhoneNumber/\(numbers[0])/", auth: .plivoMain, body: body)
        #expect(bought.status == 201)
        let rented = try await harness.send(.GET, "\(Paths.plivo)/Number/\(numbers[0])/", auth: .plivoMain)
        #expect(rented.object["sub_account"] as? String == SandboxCredentials.plivoSubAuthID)
    }
}

/// The country picker and the sandbox agree: every country the picker offers has stock.
@Suite struct PickerCountryStockTests {
    @Test func everyPickerCountryHasNumbersUnderItsCallingCode() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.stop() } }
        var empty: [String] = []
        for country in CountryCatalog.all {
            let vobiz = try await harness.send(.GET, "\(Paths.vobiz)/inventory/numbers?country=\(country.iso)&per_page=5", auth: .vobizMain)
            let plivo = try await harness.send(.GET, "\(Paths.plivo)/PhoneNumber/?country_iso=\(country.iso)&limit=5", auth: .plivoMain)
            let numbers = (vobiz.object["items"] as? [[String: Any]] ?? []).compactMap { $0["e164"] as? String }
                + (plivo.object["objects"] as? [[String: Any]] ?? []).compactMap { ($0["number"] as? String).map { "+" + $0 } }
            if numbers.isEmpty { empty.append(country.iso) }
            #expect(numbers.allSatisfy { $0.hasPrefix("+" + country.callingCode) }, "\(country.iso): \(numbers)")
        }
        #expect(empty.isEmpty, "no stock in \(empty)")
    }
}
