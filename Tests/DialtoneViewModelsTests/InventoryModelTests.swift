import DialtoneCore
import Testing
@testable import DialtoneViewModels

@MainActor
struct InventoryModelTests {
    let clock = TestClock()

    func model(_ provider: FakeProvider, pageSize: Int = 10) -> InventoryModel {
        InventoryModel(provider: provider, pageSize: pageSize, clock: clock.clock)
    }

    @Test func firstPageShowsRowsTotalsAndSelectsTheTop() async {
        let provider = FakeProvider(inventory: sampleNumbers(25))
        let inventory = model(provider)
        inventory.start()
        await inventory.settle()
        #expect(inventory.state.rows.count == 10)
        #expect(inventory.state.selectedIndex == 0)
        #expect(inventory.state.total == 25)
        #expect(inventory.state.pageLabel == "page 1/3 · 25 numbers")
        #expect(inventory.state.searchHelp == "prefix after the country code")
    }

    @Test func pagesFollowTheVisibleRowsKeepingTheSelectedNumberAndTheTotal() async {
        let provider = FakeProvider(inventory: sampleNumbers(100), features: .substringOnly)
        let inventory = model(provider, pageSize: 25)
        inventory.setPageSize(30)  // before the first load: no request is wasted
        #expect(provider.searches.isEmpty)
        inventory.start()
        await inventory.settle()
        #expect(inventory.state.rows.count == 30)
        inventory.pageDown()
        await inventory.settle()
        for _ in 0..<5 { inventory.moveDown() }  // the 36th number
        let selected = inventory.state.selected?.e164
        inventory.setPageSize(20)
        await inventory.settle()
        #expect(inventory.state.query.page == 2)
        #expect(inventory.state.selectedIndex == 15)
        #expect(inventory.state.selected?.e164 == selected)
        #expect(inventory.state.rows.count == 20)
        #expect(inventory.state.total == 100)
        inventory.setPageSize(500)
        await inventory.settle()
        #expect(inventory.state.query.pageSize == 100, "never past the provider's largest page")
        #expect(inventory.state.selected?.e164 == selected)
    }

    @Test func searchIsDebouncedAndOnlyTheLastTextIsSent() async {
        let provider = FakeProvider(inventory: sampleNumbers(25))
        let inventory = model(provider)
        inventory.start()
        await inventory.settle()
        let before = provider.searches.count
        inventory.setSearch("55")
        clock.advance(by: .milliseconds(100))
        inventory.setSearch("5550")
        clock.advance(by: .milliseconds(100))
        inventory.setSearch("55500")
        clock.advance(by: .milliseconds(149))
        await Task.yield()
        #expect(provider.searches.count == before)
        clock.advance(by: .milliseconds(1))
        await inventory.settle()
        let sent = provider.searches.dropFirst(before).filter { $0.page == 1 }
        #expect(sent.map(\.search) == ["55500"])
        #expect(!inventory.state.rows.isEmpty && inventory.state.rows.allSatisfy { $0.digits.contains("55500") })
    }

    @Test func flushSearchSendsAtOnce() async {
        let provider = FakeProvider(inventory: sampleNumbers(25))
        let inventory = model(provider)
        inventory.setSearch("0001")
        inventory.flushSearch()
        await inventory.settle()
        #expect(provider.searches.map(\.search) == ["0001"])
        #expect(inventory.state.rows.map(\.e164) == ["+14155550001"])
    }

    @Test func aStaleAnswerIsNeverShown() async {
        let provider = FakeProvider(inventory: sampleNumbers(5) + sampleNumbers(5, country: "GB"))
        provider.update { $0.holdSearches = true }
        let inventory = model(provider)
        inventory.setCountry("US")
        await waitUntil { provider.heldCount == 1 }
        inventory.setCountry("GB")
        await waitUntil { provider.heldCount == 2 }
        provider.releaseNewest()
        await waitUntil { !inventory.state.rows.isEmpty }
        #expect(!inventory.state.rows.isEmpty && inventory.state.rows.allSatisfy { $0.country == "GB" })
        provider.releaseOldest()
        await inventory.settle()
        #expect(!inventory.state.rows.isEmpty && inventory.state.rows.allSatisfy { $0.country == "GB" })
        #expect(inventory.state.query.country == "GB")
    }

    @Test func aNewerQueryCancelsTheOlderDebouncedRequest() async {
        let provider = FakeProvider(inventory: sampleNumbers(25))
        let inventory = model(provider)
        inventory.setSearch("1")
        inventory.setCountry("US")  // immediate: supersedes the pending search
        await inventory.settle()
        clock.advance(by: .seconds(1))
        await inventory.settle()
        #expect(provider.searches.filter { $0.page == 1 }.count == 1)
    }

    @Test func pageDownUsesPrefetchedPage() async {
        let provider = FakeProvider(inventory: sampleNumbers(25))
        let inventory = model(provider)
        inventory.start()
        await inventory.settle()
        #expect(provider.searches.map(\.page) == [1, 2])
        inventory.pageDown()
        #expect(!inventory.state.isLoading)
        #expect(inventory.state.query.page == 2)
        #expect(inventory.state.rows.first?.e164 == "+14155550010")
        #expect(provider.searches.map(\.page) == [1, 2])
        await inventory.settle()
        #expect(provider.searches.map(\.page) == [1, 2, 3])
    }

    @Test func pageDownWhilePrefetchInFlightWaitsForItInsteadOfAskingAgain() async {
        let provider = FakeProvider(inventory: sampleNumbers(25))
        let inventory = model(provider)
        inventory.start()
        await inventory.settle()
        provider.update { $0.holdSearches = true }
        inventory.pageDown()  // page 2 from cache; prefetch of page 3 is held
        await waitUntil { provider.heldCount == 1 }
        inventory.pageDown()
        #expect(inventory.state.isLoading)
        provider.releaseOldest()
        await inventory.settle()
        #expect(inventory.state.query.page == 3)
        #expect(inventory.state.rows.count == 5)
        #expect(provider.searches.map(\.page) == [1, 2, 3])
    }

    @Test func pagingStopsAtTheEdges() async {
        let provider = FakeProvider(inventory: sampleNumbers(25))
        let inventory = model(provider)
        inventory.start()
        await inventory.settle()
        inventory.moveDown()
        inventory.pageUp()
        #expect(inventory.state.query.page == 1)
        #expect(inventory.state.selectedIndex == 0)
        inventory.moveUp()
        #expect(inventory.state.selectedIndex == 0)
        for _ in 0..<5 {
            inventory.pageDown()
            await inventory.settle()
        }
        #expect(inventory.state.query.page == 3)
        #expect(inventory.state.selectedIndex == 4)
        #expect(!inventory.state.hasMore)
        inventory.moveDown()
        #expect(inventory.state.selectedIndex == 4)
    }

    @Test func movingPastThePageEdgeContinuesOnTheNeighbouringPage() async {
        let provider = FakeProvider(inventory: sampleNumbers(25))
        let inventory = model(provider)
        inventory.start()
        await inventory.settle()
        inventory.last()
        inventory.moveDown()
        #expect(inventory.state.query.page == 2)
        #expect(inventory.state.selectedIndex == 0)
        inventory.moveUp()
        #expect(inventory.state.query.page == 1)
        #expect(inventory.state.selectedIndex == 9)
    }

    @Test func emptyResultsSelectNothing() async {
        let provider = FakeProvider(inventory: [])
        let inventory = model(provider)
        inventory.start()
        await inventory.settle()
        #expect(inventory.state.rows.isEmpty)
        #expect(inventory.state.selectedIndex == nil)
        #expect(inventory.state.total == 0)
        inventory.moveDown()
        inventory.pageDown()
        inventory.last()
        #expect(inventory.state.selectedIndex == nil)
        #expect(inventory.state.query.page == 1)
    }

    @Test func anErrorIsShownAndRetryLoadsThePage() async {
        let provider = FakeProvider(inventory: sampleNumbers(5))
        provider.update { $0.failNextSearches = 1 }
        let inventory = model(provider)
        inventory.start()
        await inventory.settle()
        #expect(inventory.state.error?.kind == .server)
        #expect(inventory.state.error?.providerMessage == "try later")
        #expect(inventory.state.rows.isEmpty)
        inventory.retry()
        await inventory.settle()
        #expect(inventory.state.error == nil)
        #expect(inventory.state.rows.count == 5)
    }

    @Test func capabilityFilterIsAppliedLocallyWhenTheProviderLacksIt() async {
        let provider = FakeProvider(kind: .vobiz, inventory: sampleNumbers(100), features: .substringOnly, reportsTotal: false)
        let inventory = model(provider)
        inventory.toggleCapability(.sms)
        await inventory.settle()
        #expect(inventory.state.filtersLocally)
        #expect(!provider.searches.isEmpty && provider.searches.allSatisfy { $0.capabilities.isEmpty })
        #expect(inventory.state.rows.count == 10)
        #expect(inventory.state.rows.allSatisfy { $0.capabilities?.sms == true })
        // 34 of 100 numbers have SMS: four pages of ten, the last with four.
        for _ in 0..<3 {
            inventory.pageDown()
            await inventory.settle()
        }
        #expect(inventory.state.query.page == 4)
        #expect(inventory.state.rows.count == 4)
        #expect(inventory.state.total == 34)
        #expect(inventory.state.pageCount == 4)
        #expect(!inventory.state.hasMore)
        let shown = inventory.state.rows.map(\.e164)
        #expect(Set(shown).count == shown.count)
    }

    @Test func typeFilterIsSentToAProviderThatSupportsIt() async {
        let provider = FakeProvider(inventory: sampleNumbers(30))
        let inventory = model(provider)
        inventory.setType(.tollfree)
        await inventory.settle()
        #expect(provider.searches.first?.type == .tollfree)
        #expect(!inventory.state.filtersLocally)
        #expect(inventory.state.total == 6)
    }

    @Test func sortKeepsTheSelectedNumber() async {
        let provider = FakeProvider(inventory: sampleNumbers(10))
        let inventory = model(provider)
        inventory.start()
        await inventory.settle()
        inventory.moveDown()
        let selected = inventory.state.selected?.e164
        inventory.cycleSort()
        #expect(inventory.state.sort == .number)
        #expect(inventory.state.selected?.e164 == selected)
    }

    @Test func aProviderNeedingACountryWaitsForOne() async {
        var features = ProviderFeatures.serverFiltering
        features.requiresCountry = true
        let provider = FakeProvider(inventory: sampleNumbers(5), features: features)
        let inventory = model(provider)
        inventory.start()
        await inventory.settle()
        #expect(provider.searches.isEmpty)
        #expect(inventory.state.notice != nil)
        inventory.setCountry("us")
        await inventory.settle()
        #expect(inventory.state.rows.count == 5)
        #expect(inventory.state.notice == nil)
    }
}
