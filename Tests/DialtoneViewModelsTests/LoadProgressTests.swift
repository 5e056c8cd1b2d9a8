import DialtoneCore
import Foundation
import Synchronization
import Testing
@testable import DialtoneViewModels

/// The inventory says what a load is doing: a retry under way (r tries now, Esc stops), no
/// page number before the provider has answered, and a country chosen or asked for at once.
@MainActor
@Suite struct LoadProgressTests {
    /// Announces a retry, then waits until cancelled.
    final class RetryingProvider: NumberProvider {
        let kind = ProviderKind.vobiz
        let accountID = "MA_RETRY"
        let endpoint = "http://127.0.0.1:9"
        let features = ProviderFeatures.substringOnly
        let calls = Mutex(0)

        func searchInventory(_ query: InventoryQuery) async throws -> InventoryPage {
            calls.withLock { $0 += 1 }
            RetryNotice.observer?(RetryNotice(reason: "connection reset by 127.0.0.1:9", nextAttempt: 2, maxAttempts: 3, wait: .seconds(2),
                error: DialtoneError(.transport, provider: .vobiz, detail: "connection reset by 127.0.0.1:9")))
            do { try await Task.sleep(for: .seconds(600)) } catch { throw DialtoneError(.cancelled, provider: kind) }
            throw DialtoneError(.timeout, provider: kind)
        }

        func purchase(_ number: PhoneNumber, permit: SendPermit) async throws -> PurchaseReceipt { throw DialtoneError(.unsupported) }
        func ownedNumberList(_ query: OwnedQuery) async throws -> OwnedList { OwnedList(numbers: []) }
        func account(currency: String?) async throws -> Account { throw DialtoneError(.unsupported) }
    }

    static let countryFirst = ProviderFeatures(
        canSearch: true, canBuy: true, hasBalance: true, requiresCountry: true, maxPageSize: 20,
        filtersTypeOnServer: true, filtersCapabilitiesOnServer: true, searchHelp: "prefix after the country code")

    @Test func aRetryIsShownAndEscapeStopsIt() async {
        let provider = RetryingProvider()
        let app = AppModel(sessions: [ProfileSession(name: "v", provider: provider)], journal: temporaryJournal(), clock: .immediate())
        app.start()
        await waitUntil { app.snapshot.inventory.retrying != nil }
        let retrying = app.snapshot.inventory
        #expect(retrying.isLoading && retrying.retrying?.reason == "connection reset by 127.0.0.1:9")
        #expect(retrying.retrying?.nextAttempt == 2 && retrying.retrying?.maxAttempts == 3)
        #expect(retrying.pageLabel == nil, "no page number before the provider answered")

        app.send(.retry)  // tries again now: a fresh request
        await waitUntil { provider.calls.withLock { $0 } == 2 && app.snapshot.inventory.retrying != nil }

        app.send(.back)
        let stopped = app.snapshot.inventory
        #expect(!stopped.isLoading && stopped.retrying == nil)
        #expect(stopped.error?.description.contains("connection reset by 127.0.0.1:9") == true)
    }

    @Test func thePageIsShownOnlyOnceKnown() async {
        let provider = FakeProvider(inventory: sampleNumbers(30), reportsTotal: false)
        provider.update { $0.holdSearches = true }
        let app = AppModel(sessions: [ProfileSession(name: "p", provider: provider)], journal: temporaryJournal(), clock: .immediate(), pageSize: 10)
        app.start()
        await waitUntil { provider.heldCount == 1 }
        #expect(app.snapshot.inventory.pageLabel == nil)
        provider.update { $0.holdSearches = false }
        provider.releaseOldest()
        await app.settle()
        #expect(app.snapshot.inventory.pageLabel == "page 1 · more")
    }

    @Test func aProviderThatNeedsACountryOpensThePickerAtOnce() async {
        let plivo = FakeProvider(inventory: sampleNumbers(5), features: Self.countryFirst)
        let app = AppModel(sessions: [ProfileSession(name: "p", provider: plivo)], journal: temporaryJournal(), clock: .immediate())
        app.start()
        #expect(app.snapshot.overlay == .countryPicker)
        #expect(app.snapshot.inventory.notice?.contains("needs a country") == true)
        app.send(.back)
        #expect(app.snapshot.overlay == nil, "Esc leaves the picker; the body says why it is empty")
    }

    @Test func switchingProfileStartsOnItsDefaultCountry() async {
        let vobiz = FakeProvider(kind: .vobiz, inventory: sampleNumbers(5, country: "IN", provider: .vobiz), features: .substringOnly)
        let plivo = FakeProvider(inventory: sampleNumbers(5), features: Self.countryFirst)
        let app = AppModel(
            sessions: [ProfileSession(name: "v", provider: vobiz), ProfileSession(name: "p", provider: plivo, defaultCountry: "US")],
            journal: temporaryJournal(), clock: .immediate())
        app.start()
        await app.settle()
        #expect(app.snapshot.overlay == nil)
        app.send(.cycleProfile)
        await app.settle()
        #expect(app.snapshot.overlay == nil)
        #expect(app.snapshot.inventory.query.country == "US")
        #expect(app.snapshot.inventory.rows.count == 5)
    }

    @Test func switchingToAProfileWithoutOneAsksForACountry() async {
        let vobiz = FakeProvider(kind: .vobiz, inventory: sampleNumbers(5, country: "IN", provider: .vobiz), features: .substringOnly)
        let plivo = FakeProvider(inventory: sampleNumbers(5), features: Self.countryFirst)
        let app = AppModel(
            sessions: [ProfileSession(name: "v", provider: vobiz), ProfileSession(name: "p", provider: plivo)],
            journal: temporaryJournal(), clock: .immediate())
        app.start()
        await app.settle()
        app.send(.cycleProfile)
        #expect(app.snapshot.overlay == .countryPicker)
    }
}
