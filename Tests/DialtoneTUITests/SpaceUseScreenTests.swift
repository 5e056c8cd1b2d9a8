import DialtoneCore
import DialtoneViewModels
import Foundation
import Testing

@testable import DialtoneTUI

/// Screens that use their space at 80×24, 120×40 and 200×60: the table is full, columns hold
/// data, a failure is named in the body, matched digits are emphasised.
@MainActor
@Suite struct SpaceUseScreenTests {
    /// Which providers' profiles are configured, and what is done once they have loaded.
    struct Scenario: Sendable, CustomStringConvertible {
        let name: String, providers: [ProviderKind]
        var country: String?, intents: [AppIntent] = [], failure: DialtoneError?
        var description: String { name }
    }

    nonisolated static let refused = DialtoneError(.transport, provider: .vobiz, detail: "connection refused by 127.0.0.1:1")

    nonisolated static let scenarios = [
        Scenario(name: "inventory-vobiz", providers: [.vobiz], intents: [.moveDown]),
        Scenario(name: "inventory-plivo", providers: [.plivo], country: "US", intents: [.moveDown]),
        Scenario(name: "owned-three-providers", providers: [.vobiz, .plivo, .agni], intents: [.showScreen(.owned)]),
        Scenario(name: "dialog", providers: [.vobiz], intents: [.moveDown, .buy]),
        Scenario(name: "error", providers: [.vobiz], failure: refused),
        Scenario(name: "owned-detail-vobiz", providers: [.vobiz], intents: [.showScreen(.owned), .accept]),
        Scenario(name: "owned-detail-agni", providers: [.agni], intents: [.showScreen(.owned), .accept]),
    ]

    nonisolated static let sizes = [Size(rows: 24, columns: 80), Size(rows: 40, columns: 120), Size(rows: 60, columns: 200)]

    static func model(_ scenario: Scenario, size: Size) async -> AppModel {
        let journal = PurchaseJournal(path: NSTemporaryDirectory() + "dialtone-space-\(UUID().uuidString).jsonl")
        let sessions = scenario.providers.map { kind in
            ProfileSession(
                name: "showcase-\(kind.rawValue)", provider: ShowcaseProvider(kind: kind, failure: scenario.failure), confirmAbove: 0,
                isSandbox: true)
        }
        let model = AppModel(
            sessions: sessions, journal: journal, clock: .immediate(date: Fixtures.now), country: scenario.country,
            pageSize: AppRenderer.tableRows(in: size))
        model.start()
        await Fixtures.settle(model) { !$0.inventory.isLoading && !$0.owned.isLoading }
        for intent in scenario.intents {
            await Fixtures.send([intent], to: model) { $0.purchase.quote?.isCheckingAccount != true }
        }
        return model
    }

    @Test(arguments: scenarios)
    func screenUsesItsSpace(scenario: Scenario) async {
        for size in Self.sizes {
            let model = await Self.model(scenario, size: size)
            let grid = Fixtures.render(model.snapshot, size: size)
            Golden.check(grid.text, named: "space-\(scenario.name)-\(size.columns)x\(size.rows)")
            if scenario.name.hasPrefix("inventory") {
                let state = model.snapshot.inventory
                #expect(state.rows.count == AppRenderer.tableRows(in: size), "the table is full at \(size)")
                #expect(state.total == 60)
            }
        }
    }

    @Test func vobizRowsDropTheTypeColumnAndShowWholePlaceNames() async {
        let size = Size(rows: 40, columns: 120)
        let grid = Fixtures.render((await Self.model(Self.scenarios[0], size: size)).snapshot, size: size)
        #expect(!grid.line(1).contains("Type"), "no Vobiz row has a type")
        #expect(grid.text.contains("Abu Dhabi, Abu Dhabi") || grid.text.contains("Abu Dhabi"))
        #expect(!grid.text.contains("Abu Dha…"))
    }

    @Test func plivoPlacesDoNotRepeatTheCountry() async {
        let size = Size(rows: 40, columns: 120)
        let grid = Fixtures.render((await Self.model(Self.scenarios[1], size: size)).snapshot, size: size)
        #expect(grid.text.contains("SEATTLE, Washington"))
        #expect(!grid.text.contains("Washington, United States"))
        #expect(grid.line(1).contains("Type"))
    }

    @Test func ownedNamesTheProviderWhenSeveralAreListed() async throws {
        let size = Size(rows: 24, columns: 80)
        let grid = Fixtures.render((await Self.model(Self.scenarios[2], size: size)).snapshot, size: size)
        #expect(grid.line(1).contains("Provider"))
        for name in ["Vobiz", "Plivo", "Agni"] { #expect(grid.text.contains(name), "\(name) rows say so") }
        // Status holds `pending` at most: it and the right-aligned Monthly column after it span no more than 7 + 1 + 13.
        let header = grid.line(1)
        let status = try #require(header.range(of: "Status")), monthly = try #require(header.range(of: "Monthly"))
        #expect(header.distance(from: status.lowerBound, to: monthly.upperBound) <= 21, "\(header)")
    }

    @Test func theErrorIsNamedInTheBodyWithTheKeyThatHelps() async {
        let size = Size(rows: 24, columns: 80)
        let grid = Fixtures.render((await Self.model(Self.scenarios[4], size: size)).snapshot, size: size)
        #expect(grid.text.contains("connection refused by 127.0.0.1:1"))
        #expect(grid.text.contains("r retries"))
        #expect(!grid.text.contains("page 1"), "no page number before the provider answered")
    }

    @Test func anOwnedListThatFailedSaysSoInTheBody() async {
        let size = Size(rows: 24, columns: 80)
        let model = await Self.model(Scenario(name: "owned-error", providers: [.vobiz], intents: [.showScreen(.owned)], failure: Self.refused), size: size)
        let text = Fixtures.render(model.snapshot, size: size).text
        #expect(text.contains("Vobiz: could not reach the provider (connection refused by 127.0.0.1:1)"))
        #expect(text.contains("profile showcase-vobiz · r retries") && !text.contains("no numbers owned yet"))
    }

    @Test func aPlivoTableWithoutACountrySaysWhichKeyPicksOne() async {
        let size = Size(rows: 24, columns: 80)
        let model = await Self.model(Scenario(name: "plivo-no-country", providers: [.plivo], intents: [.back]), size: size)
        let text = Fixtures.render(model.snapshot, size: size).text
        #expect(text.contains("Plivo searches one country at a time") && text.contains("c picks a country"))
    }

    @Test func aRetryUnderWayIsSaidInTheBody() {
        var state = InventoryState(query: InventoryQuery())
        state.isLoading = true
        state.retrying = RetryNotice(reason: "connection reset by 127.0.0.1:8080", nextAttempt: 2, maxAttempts: 3, wait: .seconds(2),
                error: DialtoneError(.transport, provider: .vobiz, detail: "connection reset by 127.0.0.1:9"))
        #expect(InventoryBody.message(state) == "connection reset by 127.0.0.1:8080\nretrying in 2 s, attempt 2 of 3 · r retries now, Esc stops")
        state.retrying?.wait = .milliseconds(340)
        #expect(InventoryBody.message(state).contains("retrying in 0.3 s"))
        state.retryDue = Fixtures.now.addingTimeInterval(1.6)
        #expect(InventoryBody.message(state, now: Fixtures.now).contains("retrying in 2 s"), "counted down from when it is due")
        #expect(InventoryBody.message(state, now: Fixtures.now.addingTimeInterval(1.3)).contains("retrying in 0.3 s"))
    }

    @Test func matchedDigitsAreBoldAndUnderlinedInEveryRow() async {
        let size = Size(rows: 24, columns: 80)
        let model = await Self.model(Self.scenarios[0], size: size)
        await Fixtures.send([.openSearch, .typeCharacter("4"), .typeCharacter("5"), .accept], to: model) { !$0.inventory.isLoading }
        let grid = Fixtures.render(model.snapshot, size: size)
        let rows = model.snapshot.inventory.rows
        #expect(!rows.isEmpty)
        for offset in 0..<rows.count {
            let marked = grid.glyphs(in: 2 + offset, with: [.bold, .underline])
            #expect(marked.count >= 2 && marked.count % 2 == 0 && marked.contains("45"), "row \(offset): \(marked)")
        }
    }
}
