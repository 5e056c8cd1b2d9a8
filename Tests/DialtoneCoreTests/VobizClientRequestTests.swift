import Foundation
import Testing
@testable import DialtoneCore

/// What the Vobiz client puts on the wire, checked against a real loopback server.
@Suite struct VobizClientRequestTests {
    @Test func inventorySearchSendsPathQueryAndAuthHeaders() async throws {
        let server = LoopbackServer(body: SeedFixtures.vobizInventoryList)
        try await server.start()
        defer { server.stop() }
        let client = VobizClient(credentials: TestCredentials.vobiz(server.baseURL), transport: TestCredentials.fastTransport)
        let page = try await client.searchInventory(InventoryQuery(country: "in", search: "80", page: 3, pageSize: 25))
        let request = try #require(server.requests.first)
        #expect(request.method == "GET")
        #expect(request.path == "/api/v1/Account/MA_TEST0001/inventory/numbers")
        #expect(request.query == ["country": "IN", "search": "80", "page": "3", "per_page": "25"])
        #expect(request.headers["X-Auth-ID"] == "MA_TEST0001")
        #expect(request.headers["X-Auth-Token"] == TestCredentials.vobizToken)
        #expect(page.total == 500 && page.items.count == 1 && page.hasMore)
    }

    @Test func inventorySearchClampsPageSizeAndDropsWildcards() async throws {
        let server = LoopbackServer(body: SeedFixtures.vobizInventoryList)
        try await server.start()
        defer { server.stop() }
        let client = VobizClient(credentials: TestCredentials.vobiz(server.baseURL), transport: TestCredentials.fastTransport)
        _ = try await client.searchInventory(InventoryQuery(search: "4*15", pageSize: 500))
        let request = try #require(server.requests.first)
        #expect(request.query == ["search": "415", "page": "1", "per_page": "100"])
    }

    @Test func purchasePostsE164AndCurrencyOnce() async throws {
        let server = LoopbackServer(body: SeedFixtures.vobizPurchaseAnswer)
        try await server.start()
        defer { server.stop() }
        let client = VobizClient(credentials: TestCredentials.vobiz(server.baseURL), transport: TestCredentials.fastTransport)
        let receipt = try await client.purchase(TestCredentials.number("+919876543210", provider: .vobiz), permit: .test)
        #expect(server.requests.count == 1)
        let request = try #require(server.requests.first)
        #expect(request.method == "POST")
        #expect(request.path == "/api/v1/account/MA_TEST0001/numbers/purchase-from-inventory")
        #expect(request.headers["Content-Type"] == "application/json")
        #expect(request.headers["X-Auth-Token"] == TestCredentials.vobizToken)
        let body = try #require(try JSONSerialization.jsonObject(with: request.body) as? [String: String])
        #expect(body == ["e164": "+919876543210", "currency": "INR"])
        #expect(receipt.e164 == "+919876543210" && receipt.status == .active)
        #expect(receipt.setupFee == Money(100, "INR"))
    }

    @Test func purchaseAnswerThatDoesNotNameTheNumberIsNotASuccess() async throws {
        let server = LoopbackServer(body: #"{"message":"Number purchased successfully","items":[]}"#)
        try await server.start()
        defer { server.stop() }
        let client = VobizClient(credentials: TestCredentials.vobiz(server.baseURL), transport: TestCredentials.fastTransport)
        await #expect(throws: DialtoneError.self) {
            _ = try await client.purchase(TestCredentials.number("+919876543210", provider: .vobiz), permit: .test)
        }
        do {
            _ = try await client.purchase(TestCredentials.number("+919876543210", provider: .vobiz), permit: .test)
        } catch let error as DialtoneError {
            #expect(error.kind == .outcomeUnknown)
        }
    }

    @Test func ownedNumbersReadsEveryPage() async throws {
        let server = LoopbackServer { request in
            let page = Int(request.query["page"] ?? "1") ?? 1
            let items = (0..<(page < 3 ? 100 : 7)).map { index in
                #"{"e164":"+9180\#(String(format: "%08d", page * 1000 + index))","country":"IN","status":"active","monthly_fee":1,"currency":"INR","account_id":"MA_TEST0001"}"#
            }
            return .init(status: 200, body: #"{"items":[\#(items.joined(separator: ","))],"page":\#(page),"per_page":100,"total":207}"#)
        }
        try await server.start()
        defer { server.stop() }
        let client = VobizClient(credentials: TestCredentials.vobiz(server.baseURL), transport: TestCredentials.fastTransport)
        let owned = try await client.ownedNumbers(.all)
        #expect(owned.count == 207)
        // Page 1 first (it tells the total); pages 2 and 3 are read concurrently, in either order.
        let pages = server.requests.compactMap { $0.query["page"] }
        #expect(pages.first == "1" && pages.sorted() == ["1", "2", "3"], "each page read once: \(pages)")
        #expect(Set(owned.map(\.e164)).count == 207, "no page's numbers twice")
        #expect(server.requests.allSatisfy { $0.path == "/api/v1/Account/MA_TEST0001/numbers" })
    }

    @Test func balanceOfASubAccountBillsItsParent() async throws {
        let server = LoopbackServer(body: #"{"balance":"500.00","reserved_funds":0,"available_balance":480.5,"credit_limit":0,"is_postpaid":false}"#)
        try await server.start()
        defer { server.stop() }
        let client = VobizClient(credentials: TestCredentials.vobiz(server.baseURL, authID: "SA_TEST0002"), transport: TestCredentials.fastTransport)
        let account = try await client.account(currency: "INR")
        #expect(server.requests.first?.path == "/api/v1/Account/SA_TEST0002/balance/INR")
        #expect(account.balance == Money(Decimal(string: "480.5")!, "INR"))
        #expect(account.billedAccountID == nil && !account.balanceIsBilled, "its own balance, not the parent's it is billed to")
    }
}
