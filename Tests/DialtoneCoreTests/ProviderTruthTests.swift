@testable import DialtoneCore
import Foundation
import Testing

/// What the providers actually send: Plivo's two sub-account spellings and its
/// `"Region, COUNTRY"` regions, and Vobiz's balance asked for in the profile's currency.
@Suite struct ProviderTruthTests {
    @Test(arguments: ["sub_account", "subaccount"])
    func plivoRentedNumbersReadEitherSubAccountSpelling(_ key: String) throws {
        let json = #"{"number":"14155550100","region":"California, UNITED STATES","\#(key)":"SAXXXXXXXXXXXXXXXXXX"}"#
        let rented = try JSONDecoder().decode(PlivoRentedDTO.self, from: Data(json.utf8))
        #expect(rented.ownedNumber(accountID: "MAXXXXXXXXXXXXXXXXXX").accountID == "SAXXXXXXXXXXXXXXXXXX")
    }

    @Test func ownedRegionMatchesTheRegionPartOfPlivosRegionCountryForm() {
        let number = OwnedNumber(provider: .plivo, e164: "+14155550100", country: "US", region: "California, UNITED STATES")
        #expect(OwnedQuery(region: "California").matches(number) && OwnedQuery(region: "california").matches(number))
        #expect(OwnedQuery(region: "California, United States").matches(number))
        #expect(!OwnedQuery(region: "UNITED STATES").matches(number) && !OwnedQuery(region: "Oregon").matches(number))
    }

    @Test func vobizBalanceWithoutACurrencyIsAskedForInTheProfilesCurrency() async throws {
        let server = LoopbackServer(body: #"{"balance":5,"currency":"EUR"}"#)
        try await server.start()
        defer { server.stop() }
        var credentials = TestCredentials.vobiz(server.baseURL)
        credentials.currency = "EUR"
        let client = VobizClient(credentials: credentials, transport: TestCredentials.fastTransport)
        let account = try await client.account(currency: nil)
        #expect(server.requests.first?.path.hasSuffix("/balance/EUR") == true, "\(server.requests.map(\.path))")
        #expect(account.balance == Money(5, "EUR"))
    }
}
