import DialtoneCore
import DialtoneViewModels
import Testing

@testable import DialtoneTUI

/// What the screens say about the providers' edge cases: entries that could not be read, a
/// Vobiz refusal for insufficient balance in the provider's words, a sub-account's payer.
@MainActor
@Suite struct ProviderFidelityScreenTests {
    private func text(_ snapshot: AppSnapshot, _ size: Size = Size(rows: 24, columns: 80)) -> String {
        Fixtures.render(snapshot, size: size).text
    }

    @Test func theStatusBarCountsInventoryEntriesThatCouldNotBeRead() async {
        var snapshot = await Fixtures.loadedModel().snapshot
        #expect(!text(snapshot, Size(rows: 40, columns: 120)).contains("could not be read"))
        snapshot.inventory.skippedEntries = 2
        #expect(text(snapshot, Size(rows: 40, columns: 120)).contains("page 1/2 · 40 numbers · 2 entries could not be read"))
    }

    @Test func theOwnedSummaryCountsEntriesThatCouldNotBeRead() async {
        let model = await Fixtures.loadedModel()
        await Fixtures.send([.showScreen(.owned)], to: model)
        var snapshot = model.snapshot
        snapshot.owned.skippedEntries = 1
        #expect(text(snapshot, Size(rows: 40, columns: 120)).contains("1 entry could not be read"))
    }

    @Test func aVobizInsufficientBalanceRefusalIsShownInTheProvidersWords() async {
        let model = await Fixtures.loadedModel(confirmAbove: 0)
        await Fixtures.send([.buy], to: model)
        var snapshot = model.snapshot
        let refusal = DialtoneError(
            .insufficientBalance, provider: .vobiz, httpStatus: 500, providerMessage: "insufficient balance: 1100 INR needed")
        snapshot.purchase.phase = .finished(.failed(refusal))
        let screen = text(snapshot, Size(rows: 40, columns: 120))
        #expect(screen.contains("Result         not bought: Vobiz: insufficient balance "), "\(screen)")
        #expect(screen.contains("Provider says  insufficient balance: 1100 INR needed "), "the provider's words, whole: \(screen)")
        #expect(!screen.contains("server error"))
    }
}

/// The filter form (`f`) as drawn: the provider's filters editable, the others locked with why.
@MainActor
@Suite struct FilterFormScreenTests {
    static let plivoLike = ProviderFeatures(
        canSearch: true, canBuy: true, hasBalance: true, requiresCountry: true, maxPageSize: 100,
        filtersTypeOnServer: true, filtersCapabilitiesOnServer: true, searchHelp: "prefix", searchFilters: SearchFilters.Key.allCases)

    @Test func fOpensTheFormAndAVobizProfileSeesEveryFilterLocked() async {
        let model = await Fixtures.loadedModel()
        guard case .run(let command) = KeyMap.resolve(.character("f"), in: model.snapshot), let intent = KeyMap.intent(for: command, key: .character("f")) else {
            Issue.record("f is not bound on Inventory")
            return
        }
        await Fixtures.send([intent], to: model)
        #expect(model.snapshot.overlay == .filterForm)
        let text = Fixtures.render(model.snapshot, size: Size(rows: 24, columns: 80)).text
        #expect(text.contains("Search filters · Vobiz"))
        #expect(text.contains("npanxx") && text.contains("not supported by Vobiz"))
        #expect(text.contains("Vobiz takes none of these filters"))
    }

    @Test func aPlivoFormShowsValuesAndHelpAndTheStatusBarNamesTheFilters() async {
        var snapshot = await Fixtures.loadedModel().snapshot
        snapshot.filterForm = SearchFilterForm(filters: SearchFilters(city: "Seattle", npanxx: "206364"), features: Self.plivoLike, providerName: "Plivo")
        snapshot.overlays = [.filterForm]
        let form = Fixtures.render(snapshot, size: Size(rows: 40, columns: 120)).text
        #expect(form.contains("Search filters · Plivo") && form.contains("Seattle") && form.contains("206364"))
        #expect(form.contains("region name, e.g. Frankfurt (fixed numbers)") && form.contains("LATA, digits (US and Canada)"), "help for the focused and the empty fields")
        #expect(!form.contains("not supported"))
        snapshot.overlays = []
        snapshot.inventory.query.filters = SearchFilters(city: "Seattle")
        snapshot.inventory.filtersLocally = true
        let bar = Fixtures.render(snapshot, size: Size(rows: 40, columns: 120)).text
        #expect(bar.contains("city Seattle") && bar.contains("filtered here"), "\(bar)")
    }

    @Test func theStatusBarSaysWhatIsFilteredHereAndHowASpelledSearchWasRead() async {
        var snapshot = await Fixtures.loadedModel().snapshot
        snapshot.inventory.query.type = .tollfree
        snapshot.inventory.query.search = "3569377"
        snapshot.inventory.filtersLocally = true
        snapshot.inventory.localFilterNote = "type filtered here: Vobiz cannot filter by type"
        snapshot.inventory.searchNote = "searching 3569377 (FLOWERS on a phone keypad)"
        let bar = Fixtures.render(snapshot, size: Size(rows: 40, columns: 200)).text
        #expect(bar.contains("type filtered here: Vobiz cannot filter by type"), "\(bar)")
        #expect(bar.contains("searching 3569377 (FLOWERS on a phone keypad)"), "\(bar)")
    }
}
