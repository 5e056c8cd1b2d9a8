import Foundation
import Testing
@testable import DialtoneCore

/// What the Plivo and Agni clients put on the wire, checked against a real loopback server.
@Suite struct PlivoAndAgniClientRequestTests {
    private static let basic = "Basic " + Data("MATESTAUTHID00000001:\(TestCredentials.plivoToken)".utf8).base64EncodedString()

    @Test func plivoSearchSendsCountryTypePatternServicesLimitOffset() async throws {
        let server = LoopbackServer(body: SeedFixtures.plivoSearchAnswer)
        try await server.start()
        defer { server.stop() }
        let client = PlivoClient(credentials: TestCredentials.plivo(server.baseURL), transport: TestCredentials.fastTransport)
        let query = InventoryQuery(country: "US", search: "415", type: .local, capabilities: [.sms, .voice], page: 2, pageSize: 20)
        let page = try await client.searchInventory(query)
        let request = try #require(server.requests.first)
        #expect(request.method == "GET")
        #expect(request.path == "/v1/Account/MATESTAUTHID00000001/PhoneNumber/")
        #expect(request.query == ["country_iso": "US", "type": "local", "pattern": "415", "services": "voice,sms", "limit": "20", "offset": "20"])
        #expect(request.headers["Authorization"] == Self.basic)
        #expect(page.total == 9 && page.items.first?.country == "US")
    }

    @Test func plivoPagesLargerThanTwentyAreReadInChunks() async throws {
        let server = LoopbackServer { request in
            let offset = Int(request.query["offset"] ?? "0") ?? 0
            let limit = Int(request.query["limit"] ?? "20") ?? 20
            let objects = (offset..<(offset + limit)).map { #"{"number":"1415555\#(String(format: "%04d", $0))","monthly_rental_rate":"0.80000"}"# }
            return .init(status: 200, body: #"{"api_id":"x","meta":{"limit":\#(limit),"offset":\#(offset),"next":"/more","previous":null,"total_count":1000},"objects":[\#(objects.joined(separator: ","))]}"#)
        }
        try await server.start()
        defer { server.stop() }
        let client = PlivoClient(credentials: TestCredentials.plivo(server.baseURL), transport: TestCredentials.fastTransport)
        let page = try await client.searchInventory(InventoryQuery(country: "US", page: 3, pageSize: 25))
        #expect(server.requests.map { "\($0.query["offset"]!)+\($0.query["limit"]!)" } == ["50+20", "70+5"])
        #expect(page.items.count == 25 && page.items.first?.e164 == "+14155550050")
        #expect(page.total == 1000 && page.hasMore)
    }

    @Test func plivoSearchWithoutCountryIsRefusedBeforeAnyRequest() async throws {
        let server = LoopbackServer(body: "{}")
        try await server.start()
        defer { server.stop() }
        let client = PlivoClient(credentials: TestCredentials.plivo(server.baseURL), transport: TestCredentials.fastTransport)
        await #expect(throws: DialtoneError.self) { _ = try await client.searchInventory(InventoryQuery()) }
        #expect(server.requests.isEmpty)
    }

    @Test func plivoBuyPostsToTheNumberWithoutPlus() async throws {
        let server = LoopbackServer(body: SeedFixtures.plivoBuyAnswer)
        try await server.start()
        defer { server.stop() }
        let client = PlivoClient(credentials: TestCredentials.plivo(server.baseURL), transport: TestCredentials.fastTransport)
        let receipt = try await client.purchase(TestCredentials.number("+14155559186", provider: .plivo, currency: "USD"), permit: .test)
        let request = try #require(server.requests.first)
        #expect(server.requests.count == 1)
        #expect(request.method == "POST" && request.path == "/v1/Account/MATESTAUTHID00000001/PhoneNumber/14155559186/")
        #expect(request.headers["Authorization"] == Self.basic)
        #expect(request.headers["Content-Type"] == "application/json")
        #expect(receipt.e164 == "+14155559186" && receipt.status == .active && receipt.message == "created")
    }

    @Test func plivoBuyWithSubAccountCredentialsExplainsMainAccountIsNeeded() async throws {
        let server = LoopbackServer(status: 404, body: #"{"api_id":"x","error":"not found"}"#)
        try await server.start()
        defer { server.stop() }
        let client = PlivoClient(credentials: TestCredentials.plivo(server.baseURL, authID: "SATESTAUTHID00000002"), transport: TestCredentials.fastTransport)
        do {
            _ = try await client.purchase(TestCredentials.number("+14155559186", provider: .plivo), permit: .test)
            Issue.record("expected an error")
        } catch let error as DialtoneError {
            #expect(error.kind == .needsMainAccount && error.providerMessage == "not found")
        }
    }

    @Test func plivoRentedNumbersAndAccountAreRead() async throws {
        let server = LoopbackServer { request in
            if request.path.hasSuffix("/Number/") {
                return .init(status: 200, body: #"{"api_id":"x","meta":{"limit":20,"next":null,"offset":0,"previous":null,"total_count":1},"objects":[{"number":"14155550111","alias":"ops","number_type":"local","monthly_rental_rate":"0.80000","region":"California","city":"SAN FRANCISCO","country":"United States","sms_enabled":true,"voice_enabled":true,"mms_enabled":false,"added_on":"2026-01-02","active":true}]}"#)
            }
            return .init(status: 200, body: #"{"auth_id":"MATESTAUTHID00000001","account_type":"standard","billing_mode":"prepaid","cash_credits":"4.88860","name":"Ops"}"#)
        }
        try await server.start()
        defer { server.stop() }
        let client = PlivoClient(credentials: TestCredentials.plivo(server.baseURL), transport: TestCredentials.fastTransport)
        let owned = try await client.ownedNumbers(.all)
        #expect(owned.count == 1 && owned.first?.country == "US" && owned.first?.label == "ops")
        #expect(owned.first?.monthlyFee == Money(Decimal(string: "0.8")!, "USD"))
        let account = try await client.account(currency: nil)
        #expect(account.balance == Money(Decimal(string: "4.8886")!, "USD"))
        #expect(server.requests.map(\.path) == ["/v1/Account/MATESTAUTHID00000001/Number/", "/v1/Account/MATESTAUTHID00000001/"])
        #expect(server.requests.first?.query == ["limit": "20", "offset": "0"])
    }

    @Test func agniListSendsApiKeyAndFilters() async throws {
        let server = LoopbackServer(body: SeedFixtures.agniPurchasedList)
        try await server.start()
        defer { server.stop() }
        let client = AgniClient(credentials: TestCredentials.agni(server.baseURL), transport: TestCredentials.fastTransport)
        let owned = try await client.ownedNumbers(OwnedQuery(country: "US", activeOnly: true))
        let request = try #require(server.requests.first)
        #expect(request.path == "/api/v1/phone-numbers/list")
        #expect(request.query == ["iso_country": "US", "is_active": "true"])
        #expect(request.headers["X-Api-Key"] == TestCredentials.agniKey)
        #expect(owned.count == 1)
    }

    @Test func agniFailureBodyBecomesAnError() async throws {
        let server = LoopbackServer(status: 401, body: #"{"success":false,"message":"invalid api key"}"#)
        try await server.start()
        defer { server.stop() }
        let client = AgniClient(credentials: TestCredentials.agni(server.baseURL), transport: TestCredentials.fastTransport)
        do {
            _ = try await client.ownedNumbers(.all)
            Issue.record("expected an error")
        } catch let error as DialtoneError {
            #expect(error.kind == .unauthorized && error.providerMessage == "invalid api key")
        }
    }
}
