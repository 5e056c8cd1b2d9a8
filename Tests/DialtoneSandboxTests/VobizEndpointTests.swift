import DialtoneSandbox
import Foundation
import Testing

@Suite struct VobizEndpointTests {
    @Test func inventoryListsActiveUnassignedNumbersWithEveryDocumentedField() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.stop() } }
        let reply = try await harness.send(.GET, "\(Paths.vobiz)/inventory/numbers?country=IN", auth: .vobizMain)
        #expect(reply.status == 200)
        #expect(reply.object["page"] as? Int == 1)
        #expect(reply.object["per_page"] as? Int == 25)
        let items = try #require(reply.object["items"] as? [[String: Any]])
        #expect(items.count == 25)
        #expect((reply.object["total"] as? Int ?? 0) > 25)
        let item = items[0]
        for key in [
            "id", "account_id", "e164", "country", "region", "capabilities", "status", "provider", "setup_fee",
            "monthly_fee", "currency", "voice_enabled", "tags", "is_blocked", "created_at", "updated_at",
            "is_trial_number", "minimum_commitment_months", "aadhaar_verification_required", "aadhaar_verified",
        ] {
            #expect(item.keys.contains(key), "missing \(key)")
        }
        #expect(item["account_id"] as? String == "", "no owner yet, as the string the schema requires")
        #expect(item["status"] as? String == "active")
        #expect(item["currency"] as? String == "INR")
        #expect((item["e164"] as? String)?.hasPrefix("+91") == true)
        let capabilities = try #require(item["capabilities"] as? [String: Bool])
        #expect(Set(capabilities.keys) == ["voice", "sms", "mms", "fax"])
    }

    @Test func searchIsASubstringOfTheE164NumberAndTotalsMatch() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.stop() } }
        let all = try await harness.vobizInventory(country: "US").compactMap { $0["e164"] as? String }
        for search in ["5", "55", "555", "+1415", "2345"] {
            let reply = try await harness.send(
                .GET, "\(Paths.vobiz)/inventory/numbers?country=US&search=\(search.replacingOccurrences(of: "+", with: "%2B"))&per_page=100",
                auth: .vobizMain)
            let found = (reply.object["items"] as? [[String: Any]] ?? []).compactMap { $0["e164"] as? String }
            let expected = all.filter { $0.contains(search) }
            #expect(reply.object["total"] as? Int == expected.count, "total for \(search)")
            #expect(found == Array(expected.prefix(100)), "page for \(search)")
        }
    }

    @Test func bothPathCasingsAnswerTheSame() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.stop() } }
        let upper = try await harness.send(.GET, "\(Paths.vobiz)/inventory/numbers?country=GB", auth: .vobizMain)
        let lower = try await harness.send(.GET, "\(Paths.vobizLower)/inventory/numbers?country=GB", auth: .vobizMain)
        #expect(upper.status == 200)
        #expect(upper.text == lower.text)
    }

    @Test func purchaseDebitsSetupAndMonthlyFeeAndAssignsTheNumber() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.stop() } }
        let item = try #require(try await harness.vobizInventory(country: "IN").first)
        let e164 = try #require(item["e164"] as? String)
        let setup = Decimal(string: "\(item["setup_fee"]!)")!
        let monthly = Decimal(string: "\(item["monthly_fee"]!)")!
        let before = try await harness.sandbox.balance(account: SandboxCredentials.vobizMainAuthID, currency: "INR")

        let reply = try await harness.send(
            .POST, "\(Paths.vobizLower)/numbers/purchase-from-inventory", auth: .vobizMain, body: #"{"e164":"\#(e164)"}"#)
        #expect(reply.status == 200)
        #expect(reply.object["message"] as? String == "Number purchased successfully")
        let number = try #require(reply.object["number"] as? [String: Any])
        // The owner under either documented name (seed 001's two answers).
        #expect((number["account_id"] ?? number["auth_id"]) as? String == SandboxCredentials.vobizMainAuthID)
        #expect(number["e164"] as? String == e164)
        #expect(number["source"] as? String == "inventory")
        #expect(number["purchased_at"] is String)
        #expect((reply.object["items"] as? [[String: Any]])?.first?["e164"] as? String == e164)

        let after = try await harness.sandbox.balance(account: SandboxCredentials.vobizMainAuthID, currency: "INR")
        #expect(after == before - setup - monthly)
        #expect(try await harness.sandbox.ledgerIsConsistent())

        let again = try await harness.send(
            .POST, "\(Paths.vobizLower)/numbers/purchase-from-inventory", auth: .vobizMain, body: #"{"e164":"\#(e164)"}"#)
        #expect(again.status == 404)
        #expect(again.object["error"] as? String == "not found")
        #expect(again.object["message"] as? String == "number not found in inventory")
    }

    @Test func subAccountPurchaseIsChargedToItsMainAccount() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.stop() } }
        let item = try #require(try await harness.vobizInventory(country: "DE").first)
        let e164 = try #require(item["e164"] as? String)
        let mainBefore = try await harness.sandbox.balance(account: SandboxCredentials.vobizMainAuthID, currency: "EUR")
        let subBefore = try await harness.sandbox.balance(account: SandboxCredentials.vobizSubAuthID, currency: "EUR")
        let reply = try await harness.send(
            .POST, "\(Paths.vobizSub)/numbers/purchase-from-inventory", auth: .vobizSub, body: #"{"e164":"\#(e164)","currency":"EUR"}"#)
        #expect(reply.status == 200)
        let bought = reply.object["number"] as? [String: Any]
        #expect((bought?["account_id"] ?? bought?["auth_id"]) as? String == SandboxCredentials.vobizSubAuthID)
        let charged = Decimal(string: "\(item["setup_fee"]!)")! + Decimal(string: "\(item["monthly_fee"]!)")!
        #expect(try await harness.sandbox.balance(account: SandboxCredentials.vobizMainAuthID, currency: "EUR") == mainBefore - charged)
        #expect(try await harness.sandbox.balance(account: SandboxCredentials.vobizSubAuthID, currency: "EUR") == subBefore)

        let owned = try await harness.send(.GET, "\(Paths.vobiz)/numbers?include_subaccounts=true&per_page=100", auth: .vobizMain)
        let owners = (owned.object["items"] as? [[String: Any]] ?? []).compactMap { ($0["account_id"] ?? $0["auth_id"]) as? String }
        #expect(Set(owners) == [SandboxCredentials.vobizMainAuthID, SandboxCredentials.vobizSubAuthID])
    }

    @Test func purchaseBeyondTheBalanceIsRefusedWith500AndChargesNothing() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.stop() } }
        var spent = 0
        var refusal: WireReply?
        for item in try await harness.vobizInventory(country: "IN") where refusal == nil {
            let reply = try await harness.send(
                .POST, "\(Paths.vobizLower)/numbers/purchase-from-inventory", auth: .vobizMain,
                body: #"{"e164":"\#(item["e164"] as! String)"}"#)
            if reply.status == 200 { spent += 1 } else { refusal = reply }
        }
        let reply = try #require(refusal)
        #expect(spent > 0)
        #expect(reply.status == 500, "Vobiz surfaces insufficient balance as a 500 (PROVIDERS.md)")
        #expect(reply.object["status"] as? String == "error")
        #expect((reply.object["error"] as? [String: Any])?["code"] as? String == "INSUFFICIENT_BALANCE")
        #expect(try await harness.sandbox.balance(account: SandboxCredentials.vobizMainAuthID, currency: "INR") >= 0)
        #expect(try await harness.sandbox.ledgerIsConsistent())
    }

    @Test func ownedNumbersPageWithPageAndWithLimitOffset() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.stop() } }
        let all = try await harness.send(.GET, "\(Paths.vobiz)/numbers", auth: .vobizMain)
        let total = try #require(all.object["total"] as? Int)
        #expect(total >= 2)
        let paged = try await harness.send(.GET, "\(Paths.vobiz)/numbers?page=2&per_page=1", auth: .vobizMain)
        let offset = try await harness.send(.GET, "\(Paths.vobiz)/numbers?limit=1&offset=1", auth: .vobizMain)
        #expect(paged.object["page"] as? Int == 2)
        #expect(offset.object["page"] as? Int == 2)
        #expect(offset.object["per_page"] as? Int == 1)
        let pagedNumber = (paged.object["items"] as? [[String: Any]])?.first?["e164"] as? String
        #expect(pagedNumber != nil)
        #expect(pagedNumber == (offset.object["items"] as? [[String: Any]])?.first?["e164"] as? String)
    }

    @Test func balanceReportsAvailableBalanceInTheCurrency() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.stop() } }
        let reply = try await harness.send(.GET, "\(Paths.vobiz)/balance/INR", auth: .vobizMain)
        #expect(reply.status == 200)
        #expect(reply.object["currency"] as? String == "INR")
        #expect(reply.object["available_balance"] as? Int == 250_000)
        #expect(reply.object["is_postpaid"] as? Bool == false)
        let missing = try await harness.send(.GET, "\(Paths.vobiz)/balance/JPY", auth: .vobizMain)
        #expect(missing.status == 404)
    }

    @Test func wrongCredentialsOrAnotherAccountsPathGetVobizs401() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.stop() } }
        for (path, auth) in [
            ("\(Paths.vobiz)/inventory/numbers", Credentials.vobizWrongToken),
            ("\(Paths.vobiz)/inventory/numbers", Credentials.vobizSub),
            ("\(Paths.vobiz)/numbers", Credentials.plivoMain),
        ] {
            let reply = try await harness.send(.GET, path, auth: auth)
            #expect(reply.status == 401)
            #expect(reply.object["error"] as? String == "unauthorized")
            #expect(reply.object["message"] is String)
        }
    }
}
