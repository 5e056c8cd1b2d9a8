import Foundation
import NumberingPlans
import Testing
@testable import DialtoneCore

/// Vobiz sends no number type: it is inferred from libphonenumber's numbering plans, one table
/// for every country the picker offers, and said to be inferred.
@Suite struct NumberingPlanTests {
    @Test func theTableCoversEveryCountryThePickerOffers() {
        let missing = Set(CountryCatalog.all.map(\.iso)).subtracting(NumberingPlans.countries)
        #expect(missing.isEmpty, "\(missing.sorted())")
    }

    @Test func typesComeFromThePlans() {
        #expect(NumberingPlans.kind(of: "+919876543210", country: "IN") == .mobile)
        #expect(NumberingPlans.kind(of: "+918065551234", country: "IN") == .fixedLine)
        #expect(NumberingPlans.kind(of: "+18005550123", country: "US") == .tollFree)
        #expect(NumberingPlans.kind(of: "+14155551234", country: "US") == .fixedOrMobile)
        #expect(NumberingPlans.kind(of: "+447400123456", country: "GB") == .mobile)
        #expect(NumberingPlans.kind(of: "+442079460000", country: "GB") == .fixedLine)
        #expect(NumberingPlans.kind(of: "+4412", country: "GB") == nil, "too short for any plan")
        #expect(NumberingPlans.kind(of: "+919876543210", country: "GB") == nil, "not under GB's calling code")
        #expect(NumberingPlans.kind(of: "+14155551234", country: "ZZ") == nil)
        #expect(NumberType.inferred("+14155551234", country: "US") == .local)
        #expect(NumberType.inferred("+18005550123", country: "US") == .tollfree)
    }

    @Test func vobizNumbersCarryTheInferredTypeAndSaySo() throws {
        let list = try WireJSON.decode(VobizListDTO.self, from: Data(SeedFixtures.vobizInventoryList.utf8), provider: .vobiz)
        let number = try #require(list.items.first).phoneNumber()
        #expect(number.type == .local)
        #expect(number.extras["type source"] == "inferred from numbering plan")
        let odd = #"{"items":[{"e164":"+9112","country":"IN","monthly_fee":1,"currency":"INR"}],"total":1}"#
        let unknown = try #require(try WireJSON.decode(VobizListDTO.self, from: Data(odd.utf8), provider: .vobiz).items.first).phoneNumber()
        #expect(unknown.type.isUnknown && unknown.extras["type source"] == "unknown: not in numbering plan")
    }
}
