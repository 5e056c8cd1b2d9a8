import Foundation
import Testing
@testable import DialtoneCore

/// Every JSON example of the provider documents decodes, verbatim.
@Suite struct SeedDecodingTests {
    private func decode<T: Decodable>(_ type: T.Type, _ json: String, _ provider: ProviderKind) throws -> T {
        try WireJSON.decode(type, from: Data(json.utf8), provider: provider)
    }

    @Test func vobizInventoryListWithFloatFeesDecodes() throws {
        let list = try decode(VobizListDTO.self, SeedFixtures.vobizInventoryList, .vobiz)
        #expect(list.total == 500 && list.page == 1 && list.perPage == 25)
        let number = try #require(list.items.first).phoneNumber()
        #expect(number.e164 == "+14155551234")
        #expect(number.country == "US" && number.region == "CA")
        #expect(number.setupFee == Money(0, "INR"))
        #expect(number.monthlyFee == Money(1, "INR"))
        #expect(number.capabilities == nil)
        #expect(number.status == .active)
    }

    @Test func vobizInventoryOpenAPIExampleWithIntegerFeesDecodes() throws {
        let list = try decode(VobizListDTO.self, SeedFixtures.vobizInventoryOpenAPIExample, .vobiz)
        let number = try #require(list.items.first).phoneNumber()
        #expect(number.setupFee?.amount == 0 && number.monthlyFee?.amount == 1)
    }

    @Test func aFeeTheAnswerLeavesOutIsUnknownNotZero() throws {
        let json = #"{"items":[{"e164":"+14155551234","country":"US","monthly_fee":1,"currency":"USD"}],"total":1}"#
        let number = try #require(try decode(VobizListDTO.self, json, .vobiz).items.first).phoneNumber()
        #expect(number.setupFee == nil)
        #expect(number.monthlyFee == Money(1, "USD"))
        #expect(number.chargedNow == nil)
        #expect(number.currency == "USD")
    }

    @Test func vobizPurchaseAnswerNamesTheNumberWithIntegerFees() throws {
        let answer = try decode(VobizPurchaseDTO.self, SeedFixtures.vobizPurchaseAnswer, .vobiz)
        let bought = try #require(answer.bought("+919876543210"))
        #expect(bought.setupFee == 100 && bought.monthlyFee == 1 && bought.currency == "INR")
        #expect(bought.owner == "MA_XXXXXXXX")
        #expect(bought.capabilities == Capabilities(voice: true))
        #expect(answer.items.count == 1)
        #expect(answer.bought("+14155550000") == nil)
    }

    @Test func vobizPurchaseAnswerWithAuthIDAndFloatFeesDecodes() throws {
        let answer = try decode(VobizPurchaseDTO.self, SeedFixtures.vobizPurchaseAnswerFromInventory, .vobiz)
        let bought = try #require(answer.bought("+919876543210"))
        #expect(bought.owner == "{auth_id}")
        #expect(bought.setupFee == 0 && bought.monthlyFee == 1 && bought.currency == "USD")
        #expect(answer.message == "purchased from inventory")
    }

    @Test func vobizPurchaseRequestBodiesAreValidJSON() throws {
        for body in [SeedFixtures.vobizPurchaseRequest, SeedFixtures.vobizPurchaseRequestWithCurrency] {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: String])
            #expect(object["e164"] == "+919876543210")
        }
    }

    @Test func vobizPhoneNumberObjectDecodes() throws {
        let dto = try decode(VobizNumberDTO.self, SeedFixtures.vobizPhoneNumberObject, .vobiz)
        let owned = dto.ownedNumber()
        #expect(owned.e164 == "+14155551234" && owned.accountID == "{auth_id}")
        #expect(owned.capabilities == Capabilities(voice: true, sms: true))
        #expect(owned.monthlyFee == Money(Decimal(string: "1.00")!, "USD"))
        #expect(owned.purchasedAt != nil)
    }

    @Test func vobizErrorBodiesCarryTheProviderMessage() {
        let notFound = ProviderErrorMapper.error(for: WireResponse(status: 404, body: Data(SeedFixtures.vobizNotInInventoryError.utf8)), provider: .vobiz)
        #expect(notFound.kind == .notFound)
        #expect(notFound.providerMessage == "number not found in inventory")
        let server = ProviderErrorMapper.error(
            for: WireResponse(status: 500, body: Data(SeedFixtures.vobizPurchaseServerError.utf8)), provider: .vobiz, isPurchase: true
        )
        // A 500 to a purchase may follow a commit: unknown until reconciled, with the provider's words.
        #expect(server.kind == .outcomeUnknown)
        #expect(server.providerMessage == "failed to purchase number from provider")
    }

    @Test func agniPurchasedListDecodesWithIntegerPrices() throws {
        let list = try decode(AgniListDTO.self, SeedFixtures.agniPurchasedList, .agni)
        #expect(list.success == true)
        let owned = try #require(list.data.first).ownedNumber(currency: "USD")
        #expect(owned.e164 == "+14155550100" && owned.country == "US")
        #expect(owned.label == "Support Bot" && owned.status == .active)
        #expect(owned.monthlyFee == Money(1, "USD"))
    }

    @Test func plivoPhoneNumberObjectDecodesStringRates() throws {
        let dto = try decode(PlivoSearchObjectDTO.self, SeedFixtures.plivoPhoneNumberObject, .plivo)
        let number = dto.phoneNumber(country: "US")
        #expect(number.e164 == "+14155559186")
        #expect(number.setupFee == Money(0, "USD"))
        #expect(number.monthlyFee == Money(Decimal(string: "0.8")!, "USD"))
        #expect(number.type == .local && number.city == "SAN FRANCISCO")
        #expect(number.capabilities == Capabilities(voice: true, sms: true))
        #expect(number.extras["LATA"] == "722")
        #expect(number.requirements == .none)
    }

    @Test func plivoSearchAnswerDecodesWithMeta() throws {
        let list = try decode(PlivoListDTO<PlivoSearchObjectDTO>.self, SeedFixtures.plivoSearchAnswer, .plivo)
        #expect(list.meta?.totalCount == 9 && list.meta?.limit == 20 && list.meta?.next == nil)
        #expect(list.objects.first?.monthlyRentalRate == Decimal(string: "0.8"))
    }

    @Test func plivoBuyAnswerNamesTheNumber() throws {
        let answer = try decode(PlivoBuyDTO.self, SeedFixtures.plivoBuyAnswer, .plivo)
        #expect(answer.status == "fulfilled" && answer.message == "created")
        #expect(answer.numbers.first?.number == "14155559186")
    }
}
