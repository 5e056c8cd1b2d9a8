import DialtoneCore
import Foundation
import Testing
@testable import DialtoneViewModels

/// A confirmation dialog confirms exactly the (profile, number) it showed, and every dialog that
/// opens or asks again is counted so the terminal can drop keys typed ahead of it (issue 23,
/// findings 5 and 6).
@MainActor
struct DialogOpeningTests {
    private func listed(_ e164: String, _ provider: ProviderKind, setup: String) -> PhoneNumber {
        PhoneNumber(
            provider: provider, e164: e164, country: "US", setupFee: Money(Decimal(string: setup)!, "USD"),
            monthlyFee: Money(Decimal(string: "0.80")!, "USD"))
    }

    /// Issue 23, finding 5: in All providers, `j` in the details overlay moved the active
    /// profile's hidden selection and `b` bought that one, with the active profile.
    @Test func allProvidersDetailsOverlayMovesAndBuysTheMergedRowItShows() async throws {
        // The active profile (vobiz) lists the dearer numbers, so the merged list opens on plivo's.
        let vobiz = FakeProvider(kind: .vobiz, accountID: "MA_VOBIZ0001", inventory: (1...3).map { listed("+1415555010\($0)", .vobiz, setup: "2.00") })
        let plivo = FakeProvider(kind: .plivo, accountID: "MA_PLIVO0001", inventory: (1...3).map { listed("+1415555020\($0)", .plivo, setup: "1.00") })
        let app = AppModel(
            sessions: [ProfileSession(name: "vobiz", provider: vobiz), ProfileSession(name: "plivo", provider: plivo)],
            journal: temporaryJournal(), clock: .immediate(), pageSize: 10)
        app.start()
        await app.settle()
        app.send(.toggleAllProviders)
        await app.settle()
        #expect(app.snapshot.allProviders.rows.map(\.profile) == ["plivo", "plivo", "plivo", "vobiz", "vobiz", "vobiz"])

        app.send(.first)
        app.send(.accept)
        app.send(.moveDown)
        #expect(app.snapshot.overlay == .detail, "j moves within the details")
        let shown = try #require(app.snapshot.allProviders.selected)
        #expect(shown.number.e164 == "+14155550202", "the overlay follows the merged selection")
        #expect(app.snapshot.inventory.selectedIndex == 0, "the active profile's list did not move")
        #expect(app.send(.copy) == .copyToClipboard("+14155550202"), "y copies the row shown")

        app.send(.buy)
        #expect(app.snapshot.overlay == .confirm)
        #expect(app.snapshot.purchase.quote?.number.e164 == "+14155550202", "b quotes the number the overlay shows")
        #expect(app.snapshot.purchase.quote?.profile == "plivo", "with the profile that lists it")
        app.send(.back)
        await app.settle()
        #expect(vobiz.purchases.isEmpty && plivo.purchases.isEmpty)
    }

    /// Issue 23, finding 6: only the dialogs `b` opens dropped keys typed ahead. Every
    /// confirmation — purchase, batch, release, and a quote shown again after a price change —
    /// counts as shown; moving, typing digits and closing do not.
    @Test func everyConfirmationDialogCountsAsShown() async {
        let provider = FakeProvider(inventory: sampleNumbers(30))
        provider.update { $0.owned = [OwnedNumber(provider: .plivo, e164: "+14155559876", country: "US")] }
        let app = AppModel(
            sessions: [ProfileSession(name: "work", provider: provider, confirmAbove: nil)],
            journal: temporaryJournal(), clock: .immediate(), pageSize: 10)
        app.start()
        await app.settle()
        var shown = app.snapshot.confirmationsShown
        /// Sends `intents`; returns whether a confirmation was shown meanwhile.
        func counted(_ intents: AppIntent...) async -> Bool {
            for intent in intents { app.send(intent) }
            await app.settle()
            defer { shown = app.snapshot.confirmationsShown }
            return app.snapshot.confirmationsShown != shown
        }

        #expect(await counted(.moveDown, .moveUp, .accept, .back) == false, "moving and details show no confirmation")
        #expect(await counted(.buy), "the purchase dialog")
        #expect(await counted(.toggleFocus, .typeCharacter("1"), .toggleFocus) == false)
        await app.purchase.settleArming()
        provider.update { $0.inventory[0].setupFee = Money(25, "USD") }
        #expect(await counted(.toggleFocus, .accept), "the same dialog asking again at the new price")
        #expect(app.snapshot.purchase.notice?.contains("price changed") == true)
        #expect(await counted(.back) == false, "closing shows nothing")

        #expect(await counted(.toggleMark, .toggleMark) == false)
        #expect(await counted(.buy), "the batch's combined quote")
        #expect(app.snapshot.overlay == .batchConfirm)
        #expect(await counted(.back, .back) == false)

        #expect(await counted(.showScreen(.owned)) == false)
        #expect(await counted(.release), "the release dialog")
        #expect(app.snapshot.overlay == .releaseConfirm)
        #expect(await counted(.typeCharacter("9"), .toggleFocus, .back) == false)
        #expect(provider.purchases.isEmpty && provider.state.withLock { $0.releases }.isEmpty)
    }

    /// Issue 23, finding 6: a batch paused by a refusal asks again (Go on) while no key is
    /// pressed; that counts as a confirmation shown too, so keys already typed cannot answer it.
    @Test func aBatchPausedByARefusalCountsItsGoOnAsShown() async {
        let harness = PurchaseHarness()
        let numbers = (1...2).map { pricedNumber("+1415555010\($0)") }
        let provider = harness.stocked(numbers[0], numbers[1])
        provider.update { $0.purchaseBehaviour = .refuse(DialtoneError(.insufficientBalance, provider: .plivo)) }
        let batch = BatchPurchaseModel(journal: harness.journal, clock: harness.clock.clock)
        let session = harness.session(provider)
        batch.begin(numbers.map { ($0, session) })
        let opened = batch.confirmationsShown
        harness.clock.advance(by: PurchaseModel.defaultArmingDelay)
        await batch.settleArming()
        "2".forEach(batch.typeDigit)
        batch.toggleFocus()
        batch.activate()
        #expect(batch.confirmationsShown == opened, "typing and pressing Buy show nothing new")
        await batch.settle()
        #expect(batch.state.phase == .paused(0))
        #expect(batch.confirmationsShown == opened + 1, "Go on is a new confirmation")
        batch.dismiss()
    }
}
