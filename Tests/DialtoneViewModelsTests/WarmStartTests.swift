import DialtoneCore
import Foundation
import Testing
@testable import DialtoneViewModels

/// A start draws the page an earlier run saved, marked with its age, and replaces it with the
/// provider's answer; nothing is bought from the saved page.
@MainActor
struct WarmStartTests {
    let warmCache = WarmCache(directory: FileManager.default.temporaryDirectory.appendingPathComponent("dialtone-warm-\(UUID().uuidString)"))
    var cache: InventoryPageCache { InventoryPageCache(cache: warmCache) }

    func app(_ provider: FakeProvider, country: String? = nil) -> AppModel {
        AppModel(
            sessions: [ProfileSession(name: "work", provider: provider, confirmAbove: nil)],
            journal: temporaryJournal(), clock: .immediate(date: TestClock.origin.addingTimeInterval(180)),
            country: country, pageSize: 10, warmCache: warmCache)
    }

    /// Runs one app to its first page so the cache holds it, then waits for the save.
    func warmUp(_ provider: FakeProvider, country: String? = nil) async {
        let first = app(provider, country: country)
        first.start()
        await first.settle()
        let session = ProfileSession(name: "work", provider: provider)
        await waitUntil { cache.load(for: session, matching: first.inventory.state.query) != nil }
    }

    @Test func theSavedPageIsDrawnAtOnceThenReplacedByTheFreshOne() async {
        let provider = FakeProvider(inventory: sampleNumbers(30))
        await warmUp(provider)
        provider.update {
            $0.inventory = sampleNumbers(35).reversed()
            $0.holdSearches = true
        }
        let second = app(provider)
        second.start()
        let shown = second.snapshot.inventory
        #expect(shown.cachedAt == TestClock.origin, "marked with when it was saved")
        #expect(shown.rows.map(\.e164) == sampleNumbers(10).map(\.e164), "drawn before the provider answers")
        #expect(shown.total == 30 && shown.isLoading)

        second.send(.buy)
        #expect(second.snapshot.purchase.phase == .idle, "no quote from a saved page")
        #expect(second.snapshot.lastMessage?.text == "page saved 3 min ago: buying waits for the fresh one")

        await waitUntil { provider.heldCount == 1 }
        provider.releaseOldest()
        provider.update { $0.holdSearches = false }
        await second.settle()
        #expect(second.snapshot.inventory.cachedAt == nil)
        #expect(second.snapshot.inventory.total == 35)
        #expect(second.snapshot.inventory.rows.first?.e164 == sampleNumbers(35).last?.e164)
        second.send(.buy)
        #expect(second.snapshot.purchase.phase == .confirming, "the fresh page can be bought from")
    }

    /// Issue 23, finding 9: Space marked rows of the saved page, which were then bought as a
    /// batch, at their saved prices, once the fresh page arrived.
    @Test func marksOnASavedPageWaitForTheFreshOne() async {
        let provider = FakeProvider(inventory: sampleNumbers(30))
        await warmUp(provider)
        provider.update { $0.holdSearches = true }
        let second = app(provider)
        second.start()
        #expect(second.snapshot.inventory.cachedAt != nil)

        second.send(.toggleMark)
        #expect(second.snapshot.inventory.marks.isEmpty, "no mark on a saved row")
        #expect(second.snapshot.inventory.selectedIndex == 0, "and the selection stays where it was")
        #expect(second.snapshot.lastMessage?.text == "page saved 3 min ago: marks wait for the fresh one")
        second.send(.buy)
        #expect(second.snapshot.overlay == nil, "neither a quote nor a combined quote from a saved page")
        #expect(second.snapshot.lastMessage?.text == "page saved 3 min ago: buying waits for the fresh one")

        await waitUntil { provider.heldCount == 1 }
        provider.update { $0.holdSearches = false }
        provider.releaseOldest()
        await second.settle()
        #expect(second.snapshot.inventory.cachedAt == nil)
        second.send(.buy)
        #expect(second.snapshot.overlay == .confirm, "no marks were left over: b quotes the one selected row")
        second.send(.back)
        second.send(.toggleMark)
        second.send(.buy)
        #expect(second.snapshot.overlay == .batchConfirm, "the fresh page is marked and bought as usual")
        #expect(second.snapshot.batch.items.map(\.number) == [second.snapshot.inventory.rows[0]])
        second.send(.back)
        await second.settle()
    }

    @Test func aFailedRefreshKeepsTheSavedPageMarkedAndSaysWhy() async {
        let provider = FakeProvider(inventory: sampleNumbers(30))
        await warmUp(provider)
        provider.update { $0.failNextSearches = 10 }
        let second = app(provider)
        second.start()
        await second.settle()
        #expect(second.snapshot.inventory.rows.count == 10)
        #expect(second.snapshot.inventory.cachedAt != nil)
        #expect(second.snapshot.inventory.error != nil)
    }

    @Test func aPageSavedForOtherFiltersOrAnotherAccountIsNotShown() async {
        let provider = FakeProvider(inventory: sampleNumbers(30))
        await warmUp(provider, country: "US")
        provider.update { $0.holdSearches = true }
        let otherCountry = app(provider, country: "GB")
        otherCountry.start()
        #expect(otherCountry.snapshot.inventory.rows.isEmpty && otherCountry.snapshot.inventory.cachedAt == nil)

        let otherAccount = FakeProvider(accountID: "MA_SOMEONEELSE1", inventory: sampleNumbers(30))
        otherAccount.update { $0.holdSearches = true }
        let theirs = app(otherAccount, country: "US")
        theirs.start()
        #expect(theirs.snapshot.inventory.rows.isEmpty && theirs.snapshot.inventory.cachedAt == nil)
        provider.update { $0.holdSearches = false }
        for held in [provider, otherAccount] { while held.heldCount > 0 { held.releaseOldest() } }
    }

    @Test func movingOffTheSavedPageDropsItsMark() async {
        let provider = FakeProvider(inventory: sampleNumbers(30))
        await warmUp(provider)
        provider.update { $0.holdSearches = true }
        let second = app(provider)
        second.start()
        for _ in 0..<9 { second.send(.moveDown) }
        #expect(second.snapshot.inventory.cachedAt != nil && second.snapshot.inventory.selectedIndex == 9)
        second.send(.moveDown)  // past the last row: page 2, which was never saved
        #expect(second.snapshot.inventory.query.page == 2)
        #expect(second.snapshot.inventory.cachedAt == nil, "page 2 loads fresh")
        provider.update { $0.holdSearches = false }
        while provider.heldCount > 0 { provider.releaseOldest() }
        await second.settle()
    }

    @Test func savedOwnedListsShowAtOnceUntilTheFreshListingsAreIn() async {
        let provider = FakeProvider(inventory: sampleNumbers(30))
        provider.update { $0.owned = (0..<3).map { OwnedNumber(provider: .plivo, e164: "+1415555010\($0)", country: "US") } }
        let first = app(provider)
        first.start()
        await first.settle()
        await waitUntil { FileManager.default.fileExists(atPath: warmCache.directory.path) &&
            ((try? FileManager.default.contentsOfDirectory(atPath: warmCache.directory.path)) ?? []).contains { $0.hasPrefix("owned-") } }

        provider.update {
            $0.owned.append(OwnedNumber(provider: .plivo, e164: "+14155550199", country: "US"))
            $0.holdOwned = true
        }
        let second = app(provider)
        second.start()
        await waitUntil { second.snapshot.owned.cachedAt != nil }
        #expect(second.snapshot.owned.totalCount == 3, "the saved list, while the fresh one is held")
        #expect(second.snapshot.owned.isLoading)
        second.send(.showScreen(.owned))
        second.send(.release)
        #expect(second.snapshot.overlay == nil, "nothing is released from a saved list")
        #expect(second.snapshot.lastMessage?.text.hasPrefix("list saved") == true)
        await waitUntil { provider.heldCount >= 1 }
        provider.update { $0.holdOwned = false }
        while provider.heldCount > 0 { provider.releaseOldest() }
        await second.settle()
        #expect(second.snapshot.owned.cachedAt == nil)
        #expect(second.snapshot.owned.totalCount == 4, "replaced by the fresh list")
    }

    @Test func aListingThatFailedIsNotSavedOverTheLastGoodOne() async {
        let provider = FakeProvider(inventory: sampleNumbers(30))
        provider.update { $0.owned = [OwnedNumber(provider: .plivo, e164: "+14155550100", country: "US")] }
        let first = app(provider)
        first.start()
        await first.settle()
        let key = OwnedListCache.key(ProfileSession(name: "work", provider: provider))
        await waitUntil { warmCache.load([OwnedNumber].self, for: key) != nil }

        provider.update { $0.failOwned = DialtoneError(.server, provider: .plivo, httpStatus: 503) }
        let failing = app(provider)
        failing.start()
        await failing.settle()  // waits for the listing's saves, had it made any
        #expect(failing.snapshot.owned.failures.count == 1)
        #expect(warmCache.load([OwnedNumber].self, for: key)?.value.count == 1, "the last good list is kept")
    }
}
