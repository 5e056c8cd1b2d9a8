import Foundation
import Testing
@testable import DialtoneCore

/// What only some providers say about an owned number (seeds 002 and 004, PROVIDERS.md) is
/// carried, read from every documented spelling, and shared between numbers that say the same.
@Suite struct OwnedDetailsTests {
    private func decode<T: Decodable>(_ type: T.Type, _ json: String, _ provider: ProviderKind) throws -> T {
        try WireJSON.decode(type, from: Data(json.utf8), provider: provider)
    }

    @Test func vobizPhoneNumberObjectCarriesItsTrunkGroup() throws {
        let owned = try decode(VobizNumberDTO.self, SeedFixtures.vobizPhoneNumberObject, .vobiz).ownedNumber()
        #expect(owned.details.trunkGroupID == "660e8400-e29b-41d4-a716-446655440001")
        #expect(owned.details.applicationID == nil && owned.details.isBlocked == nil && owned.nextBillingAt == nil)
    }

    @Test func vobizBlockingApplicationAndNextBillingAreRead() throws {
        let json = #"""
            {"e164":"+919876543210","account_id":"MA_X","is_blocked":true,"trunk_group_id":null,
             "application_id":"app_1","next_billing_date":"2026-01-01T09:30:00.250Z"}
            """#
        let owned = try decode(VobizNumberDTO.self, json, .vobiz).ownedNumber()
        #expect(owned.details.isBlocked == true && owned.details.trunkGroupID == nil && owned.details.applicationID == "app_1")
        #expect(owned.nextBillingAt == Date(timeIntervalSince1970: 1_767_259_800.25))
    }

    @Test func agniSeedCarriesPricesTrunksSubscriptionAndUpdate() throws {
        let list = try decode(AgniListDTO.self, SeedFixtures.agniPurchasedList, .agni)
        let details = try #require(list.data.first).ownedNumber(currency: "EUR").details
        #expect(details.inboundPerMinute == Money(1, "EUR") && details.outboundPerMinute == Money(1, "EUR"))
        #expect(details.inboundTrunkID == "inbound_trunk_123" && details.outboundTrunkID == "outbound_trunk_123")
        #expect(details.subscriptionID == "subscription_123")
        #expect(details.updatedAt == Date(timeIntervalSince1970: 1_773_489_600))
    }

    @Test func agniCamelCaseAndFractionalPricesAreRead() throws {
        let json = #"""
            {"success":true,"data":[{"phoneNumber":"+14155550100","perMinutePriceInbound":"0.0085",
             "perMinutePriceOutbound":0.012,"inboundTrunkId":"","updatedAt":"2026-03-14T12:00:00.5Z"}]}
            """#
        let details = try #require(try decode(AgniListDTO.self, json, .agni).data.first).ownedNumber(currency: "USD").details
        #expect(details.inboundPerMinute == Money(Decimal(string: "0.0085")!, "USD"))
        #expect(details.outboundPerMinute == Money(Decimal(string: "0.012")!, "USD"))
        #expect(details.inboundTrunkID == nil, "an empty id names nothing")
        #expect(details.updatedAt != nil)
    }

    @Test func plivoApplicationIsTheIDAtTheEndOfItsURI() throws {
        let json = #"""
            {"number":"14155550100","application":"/v1/Account/MA2025RK4E639VJFZAGV/Application/20372631212782780/"}
            """#
        let owned = try decode(PlivoRentedDTO.self, json, .plivo).ownedNumber(accountID: "MA2025RK4E639VJFZAGV")
        #expect(owned.details.applicationID == "20372631212782780")
        let none = try decode(PlivoRentedDTO.self, #"{"number":"14155550100","application":null}"#, .plivo)
        #expect(none.ownedNumber(accountID: "MA").details == .none)
    }

    @Test func plivoNumberReportingNoCapabilityFlagIsUnknownNotNone() throws {
        let owned = try decode(PlivoRentedDTO.self, #"{"number":"14155550100"}"#, .plivo).ownedNumber(accountID: "MA")
        #expect(owned.capabilities == nil)
        let voiceOnly = try decode(PlivoRentedDTO.self, #"{"number":"14155550100","voice_enabled":true}"#, .plivo)
        #expect(voiceOnly.ownedNumber(accountID: "MA").capabilities == Capabilities(voice: true))
    }

    @Test func equalDetailsOfOneListingShareOneCopy() {
        let pool = OwnedDetails.Pool()
        let fields = OwnedDetails.Fields(isBlocked: false, trunkGroupID: "trunk-1")
        let first = OwnedDetails(fields, sharing: pool), second = OwnedDetails(fields, sharing: pool)
        #expect(first == second && first.storage === second.storage)
        #expect(OwnedDetails(fields) == first && OwnedDetails(fields).storage !== first.storage, "equal, unshared without a pool")
        let other = OwnedDetails(OwnedDetails.Fields(trunkGroupID: "trunk-2"), sharing: pool)
        #expect(other.storage !== first.storage && other != first)
        #expect(OwnedDetails(OwnedDetails.Fields()).storage == nil, "nothing said costs nothing")
    }

    @Test func aSavedListWithoutDetailsStillReadsAndANewOneSharesThem() throws {
        let old = #"[{"provider":"vobiz","e164":"+919876543210","country":"IN","type":"","status":"active"}]"#
        let decoder = JSONDecoder()
        decoder.userInfo[OwnedDetails.poolKey] = OwnedDetails.Pool()
        #expect(try decoder.decode([OwnedNumber].self, from: Data(old.utf8)).first?.details == OwnedDetails.none)
        let details = OwnedDetails(OwnedDetails.Fields(isBlocked: false, trunkGroupID: "trunk-1"))
        let numbers = (0..<3).map {
            OwnedNumber(provider: .vobiz, e164: "+9198765432\($0)0", country: "IN", details: details, nextBillingAt: Date(timeIntervalSince1970: 1_767_225_600))
        }
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        decoder.dateDecodingStrategy = .iso8601
        let read = try decoder.decode([OwnedNumber].self, from: encoder.encode(numbers))
        #expect(read == numbers)
        #expect(read[0].details.storage === read[2].details.storage)
    }
}
