import DialtoneCore
import Foundation
import Testing
@testable import DialtoneViewModels

/// All providers at once: every profile that can search is asked the same thing, the answers
/// are merged by charge within each currency, and no provider waits for another.
@MainActor
struct AllProvidersTests {
    private func listed(_ e164: String, _ provider: ProviderKind, _ currency: String, setup: Decimal, monthly: Decimal = 1) -> PhoneNumber {
        PhoneNumber(provider: provider, e164: e164, country: "US", setupFee: Money(setup, currency), monthlyFee: Money(monthly, currency))
    }

    private var cannotSearch: ProviderFeatures {
        var features = ProviderFeatures.serverFiltering
        features.canSearch = false
        return features
    }

    @Test func theMergeOrdersByChargeWithinEachCurrencyAndShowsTheFailingProvider() async {
        let vobiz = FakeProvider(kind: .vobiz, accountID: "MA_VOBIZ", inventory: [
            listed("+14155550001", .vobiz, "USD", setup: 2), listed("+14155550002", .vobiz, "INR", setup: 99), listed("+14155550003", .vobiz, "USD", setup: 0),
        ])
        let plivo = FakeProvider(kind: .plivo, inventory: [listed("+14155550004", .plivo, "USD", setup: 1), listed("+14155550005", .plivo, "EUR", setup: 5)])
        let failing = FakeProvider(kind: .plivo, accountID: "MA_OTHER")
        failing.update { $0.failNextSearches = 1 }
        let agni = FakeProvider(kind: .agni, features: cannotSearch)
        let model = AllProvidersModel(sessions: [
            ProfileSession(name: "v", provider: vobiz), ProfileSession(name: "p", provider: plivo),
            ProfileSession(name: "broken", provider: failing), ProfileSession(name: "a", provider: agni),
        ], pageSize: 10)
        model.open(country: "US", search: "555")
        await model.settle()
        #expect(model.state.rows.map(\.number.e164) == ["+14155550005", "+14155550002", "+14155550003", "+14155550004", "+14155550001"])
        #expect(model.state.rows.map(\.profile) == ["p", "v", "v", "p", "v"], "each row keeps the profile that buys it")
        #expect(model.state.sources.map(\.profile) == ["v", "p", "broken"], "a provider without search is not asked")
        #expect(agni.searches.isEmpty)
        #expect(model.state.pageLabel == "page 1 · Vobiz 1/1 · Plivo 1/1 · Plivo failed: \(DialtoneError(.server, provider: .plivo, httpStatus: 503, providerMessage: "try later").headline)")
        #expect([vobiz, plivo, failing].allSatisfy { $0.searches.map(\.country) == ["US"] && $0.searches.map(\.search) == ["555"] })
        #expect(model.session(for: model.state.rows[0])?.name == "p")
    }

    @Test func aSlowProviderNeverHoldsBackTheOthers() async {
        let fast = FakeProvider(kind: .vobiz, inventory: [listed("+14155550001", .vobiz, "USD", setup: 1)])
        let slow = FakeProvider(kind: .plivo, inventory: [listed("+14155550002", .plivo, "USD", setup: 0)])
        slow.update { $0.holdSearches = true }
        let model = AllProvidersModel(sessions: [ProfileSession(name: "fast", provider: fast), ProfileSession(name: "slow", provider: slow)])
        model.open(country: nil, search: "")
        await waitUntil { model.state.rows.count == 1 && slow.heldCount == 1 }
        #expect(model.state.sources[1].phase == .loading)
        #expect(model.state.pageLabel.hasSuffix("Plivo …"))
        slow.releaseOldest()
        await model.settle()
        #expect(model.state.rows.map(\.profile) == ["slow", "fast"], "its rows join in order when they arrive")
    }

    @Test func pagingAsksEveryProviderForTheSamePageInItsOwnSize() async {
        let vobiz = FakeProvider(kind: .vobiz, inventory: sampleNumbers(60, provider: .vobiz), features: .substringOnly)
        let plivo = FakeProvider(kind: .plivo, inventory: sampleNumbers(30), features: .serverFiltering)
        let model = AllProvidersModel(sessions: [ProfileSession(name: "v", provider: vobiz), ProfileSession(name: "p", provider: plivo)], pageSize: 25)
        model.open(country: nil, search: "")
        await model.settle()
        #expect(model.state.rows.count == 45)
        model.pageDown()
        await model.settle()
        #expect(vobiz.searches.map { [$0.page, $0.pageSize] } == [[1, 25], [2, 25]])
        #expect(plivo.searches.map { [$0.page, $0.pageSize] } == [[1, 20], [2, 20]], "within Plivo's largest page")
        #expect(model.state.rows.count == 35, "Vobiz's page 2 of 25 and Plivo's last 10")
        model.pageDown()
        await model.settle()
        #expect(plivo.searches.count == 3 && model.state.sources[1].hasMore == false)
        #expect(model.state.pageLabel == "page 3 · Vobiz 3/3 · Plivo done at 2/2")
    }
}
