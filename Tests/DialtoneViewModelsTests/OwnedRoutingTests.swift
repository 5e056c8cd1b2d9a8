import DialtoneCore
import Foundation
import Testing
@testable import DialtoneViewModels

/// Where owned numbers route: names from one route list per account, read once and again on
/// `r`; and the "route nowhere" filter with its count and monthly cost per currency.
@MainActor
struct OwnedRoutingTests {
    private static let mumbai = RouteTarget(route: NumberRoute(kind: .trunk, id: "tg-1"), name: "Mumbai PBX")

    private func number(_ e164: String, trunk: String? = nil, fee: Money? = Money(1, "USD")) -> OwnedNumber {
        OwnedNumber(
            provider: .vobiz, e164: e164, country: "IN", monthlyFee: fee,
            details: trunk.map { OwnedDetails(OwnedDetails.Fields(trunkGroupID: $0)) } ?? .none)
    }

    private func loaded(_ numbers: [OwnedNumber], targets: [RouteTarget]? = [mumbai]) async -> (OwnedModel, FakeProvider) {
        let provider = FakeProvider(kind: .vobiz)
        provider.update {
            $0.owned = numbers
            $0.routeTargets = targets
        }
        let model = OwnedModel(sessions: [ProfileSession(name: "india", provider: provider)], clock: TestClock().clock)
        model.reload()
        await model.settle()
        return (model, provider)
    }

    @Test func routesShowTheirIdUntilTheListIsReadThenTheirName() async {
        let (model, provider) = await loaded([number("+919800000001", trunk: "tg-1"), number("+919800000002", trunk: "tg-9"), number("+919800000003")])
        let routes = { model.state.rows.map { model.state.routes.label(of: $0.number.route, profile: $0.profile) } }
        #expect(routes() == ["tg-1", "tg-9", nil], "not read yet: the id; nowhere: nil")
        model.loadRouteTargets()
        #expect(model.state.routes.listings["india"] == .loading)
        await model.settle()
        #expect(routes() == ["Mumbai PBX", "tg-9", nil], "a trunk the list does not name keeps its id")
        model.loadRouteTargets()
        await model.settle()
        #expect(provider.state.withLock { $0.routeTargetCalls } == 1, "read once per account")
        provider.update { $0.routeTargets = [RouteTarget(route: NumberRoute(kind: .trunk, id: "tg-1"), name: "Pune SIP")] }
        model.refresh()
        await model.settle()
        #expect(routes().first == "Pune SIP", "r reads it again")
        #expect(provider.state.withLock { $0.routeTargetCalls } == 2)
    }

    @Test func aProviderWithoutAListShowsIds() async {
        let (model, _) = await loaded([number("+919800000001", trunk: "tg-1")], targets: nil)
        model.loadRouteTargets()
        await model.settle()
        #expect(model.state.routes.listings["india"] == .unavailable("no list"))
        #expect(model.state.routes.label(of: model.state.rows[0].number.route, profile: "india") == "tg-1")
    }

    @Test func routeNowhereShowsTheUnroutedWithTheirMonthlyCostPerCurrency() async {
        let (model, _) = await loaded([
            number("+919800000001", trunk: "tg-1", fee: Money(500, "INR")),
            number("+919800000002", fee: Money(4_500, "INR")),
            number("+919800000003", fee: Money(4_500, "INR")),
            number("+919800000004", fee: Money(Decimal(string: "14.00")!, "USD")),
            number("+919800000005", fee: nil),
        ])
        #expect(OwnedStatusFilter.allCases.contains(.routesNowhere), "t offers it")
        model.setStatusFilter(.routesNowhere)
        #expect(model.state.rows.map(\.number.e164) == ["+919800000002", "+919800000003", "+919800000004", "+919800000005"])
        #expect(model.state.summary == "4 route nowhere · INR 9,000.00 + USD 14.00 a month · 1 fee unknown")
        #expect(model.state.filter.status.filterLabel == "route nowhere")
        model.setFilterText("0004")
        #expect(model.state.summary == "1 route nowhere · USD 14.00 a month")
        model.setStatusFilter(.all)
        model.setFilterText("")
        #expect(model.state.summary == "5 numbers · INR 9,500.00 + USD 14.00 monthly")
    }

    @Test func routeNowhereOverAHundredThousandNumbersReadsTheIndex() async {
        let numbers = (0..<100_000).map { index in
            number("+91\(String(format: "%010d", index))", trunk: index % 4 == 0 ? nil : "tg-1", fee: Money(index % 2 == 0 ? 2 : 3, index % 2 == 0 ? "INR" : "USD"))
        }
        let (model, _) = await loaded(numbers)
        var slowest = Duration.zero
        for filter in [OwnedStatusFilter.routesNowhere, .all, .routesNowhere] {
            let start = ContinuousClock.now
            model.setStatusFilter(filter)
            _ = model.state.summary
            slowest = max(slowest, ContinuousClock.now - start)
        }
        #expect(model.state.rows.count == 25_000)
        #expect(model.state.summary == "25000 route nowhere · INR 50,000.00 a month")
        // The budget is 30 ms in a release build; a debug build is several times slower.
        #expect(slowest < .milliseconds(300), "slowest key \(slowest)")
    }
}
