import DialtoneCore
import Foundation
import Testing
@testable import DialtoneViewModels

/// The Costs model adds the owned list up once per list, off the main actor; keys only scroll.
@MainActor
struct CostsModelTests {
    static func fleet(_ count: Int) -> [OwnedNumber] {
        (0..<count).map { index in
            OwnedNumber(
                provider: .plivo, e164: "+1415\(String(format: "%07d", index))", country: index % 2 == 0 ? "US" : "CA", type: .local,
                monthlyFee: Money(Decimal(string: "0.80")!, index % 3 == 0 ? "EUR" : "USD"), accountID: "MA_MAIN_ACCOUNT_1")
        }
    }

    static func app(_ provider: FakeProvider) async -> AppModel {
        let session = ProfileSession(name: "fleet", provider: provider, isSandbox: true)
        let app = AppModel(sessions: [session], journal: temporaryJournal(), clock: .immediate(date: Date(timeIntervalSince1970: 1_750_000_000)))
        app.owned.reload()
        await app.settle()
        return app
    }

    @Test func keysScrollWithoutAddingUpAgainAndANewListIsAddedUpOnce() async throws {
        let provider = FakeProvider()
        provider.update { $0.owned = Self.fleet(3_000) }
        let app = await Self.app(provider)
        app.send(.showScreen(.costs))
        await app.settle()
        #expect(app.costs.sums == 1)
        #expect(app.snapshot.costs.owned?.numberCount == 3_000)
        #expect(app.snapshot.costs.owned?.currencies.map(\.total.total) == [Money(800, "EUR"), Money(1_600, "USD")])
        app.costs.visibleLines = 5
        for intent in [AppIntent.moveDown, .pageDown, .moveUp, .last, .first, .showScreen(.costs), .pageUp] {
            app.send(intent)
        }
        await app.settle()
        #expect(app.costs.sums == 1, "scrolling and showing the screen again add nothing up")

        provider.update { $0.owned = Self.fleet(10) }
        app.send(.refresh)
        await app.settle()
        for _ in 0..<20 { await Task.yield() }
        await app.settle()
        #expect(app.snapshot.costs.owned?.numberCount == 10)
        #expect(app.costs.sums == 2)
    }

    @Test func aListThatChangesWhileAnotherScreenIsShownWaitsForTheCostsScreen() async throws {
        let provider = FakeProvider()
        provider.update { $0.owned = Self.fleet(30) }
        let app = await Self.app(provider)
        #expect(app.costs.sums == 0, "nothing is added up before the screen is shown")
        app.send(.showScreen(.costs))
        await app.settle()
        app.send(.showScreen(.owned))
        provider.update { $0.owned = Self.fleet(40) }
        app.owned.reload()
        await app.settle()
        for _ in 0..<20 { await Task.yield() }
        #expect(app.costs.sums == 1)
        app.send(.showScreen(.costs))
        await app.settle()
        #expect(app.costs.sums == 2 && app.snapshot.costs.owned?.numberCount == 40)
    }
}
