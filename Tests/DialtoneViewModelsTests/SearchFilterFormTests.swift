import DialtoneCore
import Testing
@testable import DialtoneViewModels

/// The filter form (`f`): it offers the active provider's filters only, applies valid values to
/// the query, keeps invalid ones out, and services the API cannot filter on are filtered here.
@MainActor
@Suite struct SearchFilterFormTests {
    static let plivoLike = ProviderFeatures(
        canSearch: true, canBuy: true, hasBalance: true, requiresCountry: false, maxPageSize: 20,
        filtersTypeOnServer: true, filtersCapabilitiesOnServer: true, searchHelp: "prefix",
        capabilityCombinations: [[.voice], [.sms], [.mms], [.voice, .sms], [.voice, .sms, .mms]],
        searchFilters: SearchFilters.Key.allCases)

    private func app(_ provider: FakeProvider) async -> AppModel {
        let app = AppModel(sessions: [ProfileSession(name: "p", provider: provider)], journal: temporaryJournal(), clock: .immediate(), pageSize: 10)
        app.start()
        await app.settle()
        return app
    }

    private func type(_ text: String, into app: AppModel) {
        for character in text { app.send(.typeCharacter(character)) }
    }

    @Test func theFormAppliesCityAndNPANXXToTheQueryTheProviderIsAsked() async {
        let provider = FakeProvider(inventory: sampleNumbers(30), features: Self.plivoLike)
        let app = await app(provider)
        app.send(.openFilterForm)
        #expect(app.snapshot.overlay == .filterForm)
        #expect(app.snapshot.filterForm.map { !$0.fields.isEmpty && $0.fields.allSatisfy(\.isSupported) } == true)
        type("Seattle", into: app)  // region is first
        app.send(.deleteBackward)
        app.send(.moveDown)
        type("Seattle", into: app)
        app.send(.moveDown)
        app.send(.moveDown)
        app.send(.moveDown)
        type("206364", into: app)
        app.send(.accept)
        await app.settle()
        #expect(app.snapshot.overlay == nil)
        let filters = SearchFilters(region: "Seattl", city: "Seattle", npanxx: "206364")
        #expect(app.snapshot.inventory.query.filters == filters)
        #expect(provider.searches.last?.filters == filters, "the provider is asked with the filters")
        app.send(.openFilterForm)
        #expect(app.snapshot.filterForm?.fields.first { $0.key == .city }?.text == "Seattle", "the form opens on what is applied")
    }

    @Test func anInvalidValueIsNamedAndNothingIsApplied() async {
        let provider = FakeProvider(inventory: sampleNumbers(30), features: Self.plivoLike)
        let app = await app(provider)
        let searches = provider.searches.count
        app.send(.openFilterForm)
        for _ in 0..<4 { app.send(.moveDown) }
        type("2063", into: app)
        app.send(.accept)
        #expect(app.snapshot.overlay == .filterForm)
        #expect(app.snapshot.filterForm?.problem == "npanxx must be six digits")
        app.send(.back)
        await app.settle()
        #expect(app.snapshot.overlay == nil && app.snapshot.inventory.query.filters.isEmpty)
        #expect(provider.searches.count == searches)
    }

    @Test func aProviderWithoutTheseFiltersShowsThemLockedAndTakesNone() async {
        let provider = FakeProvider(kind: .vobiz, inventory: sampleNumbers(30, provider: .vobiz), features: .substringOnly)
        let app = await app(provider)
        app.send(.openFilterForm)
        let form = try! #require(app.snapshot.filterForm)
        #expect(!form.isEditable && !form.fields.isEmpty && form.fields.allSatisfy { !$0.isSupported })
        type("Seattle", into: app)
        app.send(.accept)
        #expect(app.snapshot.inventory.query.filters.isEmpty)
        app.send(.back)
        #expect(app.snapshot.overlay == nil)
    }

    @Test func anUndocumentedServicesCombinationIsFilteredHereAndSaysSo() async {
        let provider = FakeProvider(inventory: sampleNumbers(30), features: Self.plivoLike)
        let app = await app(provider)
        app.send(.toggleCapability(.sms))
        await app.settle()
        #expect(!app.snapshot.inventory.filtersLocally && provider.searches.last?.capabilities == [.sms])
        app.send(.toggleCapability(.mms))
        await app.settle()
        #expect(app.snapshot.inventory.filtersLocally, "sms+mms is not a documented services value")
        let asked = provider.searches.last?.capabilities ?? []
        #expect(asked.count == 1 && asked.isSubset(of: [.sms, .mms]), "the server filters the documented part: \(asked)")
        #expect(Self.plivoLike.serverCapabilities(for: [.voice, .sms]) == [.voice, .sms])
        #expect(Self.plivoLike.serverCapabilities(for: [.voice, .sms, .fax]) == [.voice, .sms])
        #expect(Self.plivoLike.serverCapabilities(for: [.fax]) == [])
    }
}

/// The type filter never drops numbers of unknown type silently: it says how many it left out.
@MainActor
@Suite struct UnknownTypeFilterTests {
    @Test func aLocalTypeFilterCountsTheNumbersOfUnknownType() async {
        var numbers = sampleNumbers(30, provider: .vobiz)
        for index in [1, 2, 7] { numbers[index].type = .other("") }
        let provider = FakeProvider(kind: .vobiz, inventory: numbers, features: .substringOnly)
        let inventory = InventoryModel(provider: provider, pageSize: 10, clock: .immediate())
        inventory.start()
        await inventory.settle()
        #expect(inventory.state.unknownTypeCount == 0, "no type filter, nothing left out")
        inventory.setType(.local)
        await inventory.settle()
        #expect(!inventory.state.rows.isEmpty && inventory.state.rows.allSatisfy { $0.type == .local })
        #expect(inventory.state.unknownTypeCount == 3)
        #expect(inventory.state.pageLabel?.contains("3 of unknown type left out") == true)
    }
}

/// The inventory screen says which filters it applies here and why, and reads a spelled search
/// as keypad digits; neither is silent.
@MainActor
@Suite struct FilterHonestyTests {
    @Test func aTypeFilterTheProviderCannotApplyIsNamedWithTheProvider() async {
        let provider = FakeProvider(kind: .vobiz, inventory: sampleNumbers(30, provider: .vobiz), features: .substringOnly)
        let inventory = InventoryModel(provider: provider, pageSize: 10, clock: .immediate())
        inventory.start()
        await inventory.settle()
        inventory.setType(.tollfree)
        await inventory.settle()
        #expect(inventory.state.localFilterNote == "type filtered here: Vobiz cannot filter by type")
        #expect(provider.searches.last?.type == nil, "the provider is not asked for a filter it ignores")
    }

    @Test func aSpelledSearchIsSentAsKeypadDigitsAndARefusalSendsNothing() async {
        let provider = FakeProvider(kind: .vobiz, inventory: sampleNumbers(30, provider: .vobiz), features: .substringOnly)
        let inventory = InventoryModel(provider: provider, pageSize: 10, clock: .immediate())
        inventory.start()
        await inventory.settle()
        inventory.setSearch("FLOWERS")
        inventory.flushSearch()
        await inventory.settle()
        #expect(inventory.state.query.search == "3569377")
        #expect(provider.searches.last?.search == "3569377")
        #expect(inventory.state.searchNote == "searching 3569377 (FLOWERS on a phone keypad)")
        let asked = provider.searches.count
        inventory.setSearch("FLOW#RS")
        await inventory.settle()
        #expect(inventory.state.query.search == "3569377", "a refused search leaves the last one standing")
        #expect(provider.searches.count == asked)
        #expect(inventory.state.searchNote?.contains("Vobiz has no wildcard") == true)
    }
}
