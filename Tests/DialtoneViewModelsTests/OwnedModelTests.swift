import DialtoneCore
import Foundation
import Testing
@testable import DialtoneViewModels

@MainActor
struct OwnedModelTests {
    func owned(_ e164: String, _ provider: ProviderKind, fee: String?, currency: String = "USD", status: NumberStatus = .active,
               country: String = "US", city: String? = nil) -> OwnedNumber {
        OwnedNumber(provider: provider, e164: e164, country: country, city: city, status: status,
                    monthlyFee: fee.map { Money(Decimal(string: $0)!, currency) })
    }

    @Test func mergesEveryProfileAndKeepsOthersWhenOneFails() async {
        let vobiz = FakeProvider(kind: .vobiz)
        vobiz.update { $0.owned = [self.owned("+919876543210", .vobiz, fee: "500", currency: "INR", country: "IN")] }
        let plivo = FakeProvider(kind: .plivo)
        plivo.update { $0.owned = [self.owned("+14155550001", .plivo, fee: "0.80"), self.owned("+14155550002", .plivo, fee: "1.20")] }
        let agni = FakeProvider(kind: .agni)
        agni.update { $0.failOwned = DialtoneError(.unauthorized, provider: .agni) }
        let model = OwnedModel(sessions: [
            ProfileSession(name: "v", provider: vobiz), ProfileSession(name: "p", provider: plivo),
            ProfileSession(name: "a", provider: agni),
        ], clock: TestClock().clock)
        model.reload()
        await model.settle()
        #expect(model.state.totalCount == 3)
        #expect(model.state.failures.map(\.provider) == [.agni])
        #expect(model.state.monthlyTotals == [Money(500, "INR"), Money(2, "USD")])
        #expect(model.state.summary == "3 numbers · INR 500.00 + USD 2.00 monthly")
        #expect(model.state.rows.map(\.profile) == ["p", "p", "v"])
    }

    @Test func filtersByTextCountryAndStatusAndTotalsWhatIsShown() async {
        let plivo = FakeProvider()
        plivo.update {
            $0.owned = [
                self.owned("+14155550001", .plivo, fee: "1", city: "San Francisco"),
                self.owned("+14155550002", .plivo, fee: "2", status: .pending),
                self.owned("+442079460958", .plivo, fee: "3", currency: "GBP", country: "GB", city: "London"),
            ]
        }
        let model = OwnedModel(sessions: [ProfileSession(name: "p", provider: plivo)], clock: TestClock().clock)
        model.reload()
        await model.settle()
        model.setFilterText("SAN FRAN")
        #expect(model.state.rows.map(\.number.e164) == ["+14155550001"])
        model.setFilterText("")
        model.setCountry("gb")
        #expect(model.state.rows.map(\.number.e164) == ["+442079460958"])
        #expect(model.state.monthlyTotals == [Money(3, "GBP")])
        model.setCountry(nil)
        model.setStatusFilter(.pending)
        #expect(model.state.rows.map(\.number.e164) == ["+14155550002"])
        model.setStatusFilter(.all)
        model.setFilterText("415 555")  // the readable form matches too
        #expect(model.state.rows.count == 2)
        model.setFilterText("zzz")
        #expect(model.state.selectedIndex == nil)
    }

    @Test func filteringAHundredThousandNumbersNarrowsCorrectly() async {
        let provider = FakeProvider()
        let numbers = (0..<100_000).map { index in
            self.owned("+1415\(String(format: "%07d", index))", .plivo, fee: "1", status: index % 10 == 0 ? .pending : .active)
        }
        provider.update { $0.owned = numbers }
        let model = OwnedModel(sessions: [ProfileSession(name: "p", provider: provider)], clock: TestClock().clock)
        model.reload()
        await model.settle()
        for text in ["4", "41", "415", "4150", "41500", "415001"] { model.setFilterText(text) }
        #expect(model.state.rows.count == 10_000)
        model.setFilterText("4150012")
        #expect(model.state.rows.count == 1_000)
        model.setFilterText("41500")
        #expect(model.state.rows.count == 100_000)
        #expect(model.state.monthlyTotals == [Money(100_000, "USD")])
    }
}
