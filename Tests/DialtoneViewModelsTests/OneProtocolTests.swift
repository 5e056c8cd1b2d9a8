import DialtoneCore
import Foundation
import Testing
@testable import DialtoneViewModels

/// Issue 23's findings at the view-model level: every purchase, batch item and release goes
/// through the core's one protocol, so each keeps every step. Each test is named after the
/// finding it guards.
@MainActor
struct OneProtocolTests {
    let harness = PurchaseHarness()
    let gatewayTimeout = DialtoneError(.outcomeUnknown, provider: .plivo, httpStatus: 504, providerMessage: "Endpoint request timed out")

    private func session(_ name: String, _ provider: FakeProvider) -> ProfileSession {
        ProfileSession(name: name, provider: provider)
    }

    private func batchModel() -> BatchPurchaseModel { BatchPurchaseModel(journal: harness.journal, clock: harness.clock.clock) }

    /// Opens the combined quote, waits out the arming delay, types the count and presses Buy.
    private func confirmBatch(_ batch: BatchPurchaseModel, _ items: [(PhoneNumber, ProfileSession)]) async {
        batch.begin(items)
        harness.clock.advance(by: PurchaseModel.defaultArmingDelay)
        await batch.settleArming()
        String(items.count).forEach(batch.typeDigit)
        batch.toggleFocus()
        batch.activate()
        await batch.settle()
    }

    /// Opens the release dialog, waits out the arming delay, types the digits and presses Release.
    private func confirmRelease(_ number: OwnedNumber, session: ProfileSession) async -> ReleaseModel {
        let release = ReleaseModel(journal: harness.journal, clock: harness.clock.clock)
        release.begin(number, session: session)
        harness.clock.advance(by: PurchaseModel.defaultArmingDelay)
        await release.settleArming()
        String(number.e164.suffix(4)).forEach(release.typeDigit)
        release.toggleFocus()
        release.activate()
        await release.settle()
        return release
    }

    private func owned(_ number: PhoneNumber) -> OwnedNumber {
        OwnedNumber(provider: number.provider, e164: number.e164, country: number.country, monthlyFee: number.monthlyFee)
    }

    // MARK: - 1

    @Test func finding1_aPurchaseIsSettledOnlyWithItsOwnAccountsList() async throws {
        let number = pricedNumber()
        let main = FakeProvider(accountID: "MAMAINACCOUNT0000001", inventory: [number])
        let sub = FakeProvider(accountID: "SASUBACCOUNT00000001", inventory: [number])
        main.update {
            $0.purchaseBehaviour = .commitThenFail(gatewayTimeout)
            $0.failOwned = DialtoneError(.server, provider: .plivo, httpStatus: 503)
        }
        let purchase = harness.model()
        await harness.buy(number, with: purchase, session: session("main", main))
        #expect(purchase.state.phase == .finished(.unknown(DialtoneError(.server, provider: .plivo, httpStatus: 503))))
        purchase.dismiss()

        // The same number's row of the sub-account (All providers) is bought next.
        purchase.begin(number, listedAt: nil, session: session("sub", sub))
        await purchase.settle()
        #expect(purchase.state.phase == .confirming, "the sub-account's own quote, not the main account's settlement")
        #expect(sub.state.withLock { $0.ownedCalls } == 0, "the sub-account's list says nothing about the main account's purchase")
        #expect(!(try harness.states()).contains(.reconciledNotBought))

        main.update { $0.failOwned = nil }
        _ = await purchase.reconcileJournal(sessions: [session("sub", sub), session("main", main)])
        #expect(try harness.states().last == .reconciledBought, "the main account's own list shows it bought")
    }

    // MARK: - 2

    @Test func finding2_anOwnedListWithAnUnreadableEntryProvesNothingAbsent() async throws {
        let number = pricedNumber()
        let provider = FakeProvider(inventory: [number])
        provider.update {
            $0.purchaseBehaviour = .commitThenFail(gatewayTimeout)
            $0.ownedUnreadable = [number.e164]
        }
        let purchase = harness.model()
        await harness.buy(number, with: purchase, session: session("work", provider))
        guard case .finished(.unknown(let error)) = purchase.state.phase else {
            Issue.record("expected an unknown outcome, got \(purchase.state.phase)")
            return
        }
        #expect(error.description.contains("1 owned-list entry could not be read"), "\(error)")
        #expect(!(try harness.states()).contains(.reconciledNotBought))
    }

    @Test func finding2_aReleaseIsNotSettledFromAListWithAnUnreadableEntry() async throws {
        let number = pricedNumber()
        let provider = FakeProvider()
        provider.update { $0.owned = [owned(number)] }
        provider.update { $0.releaseBehaviour = .dropWithoutCommit }
        let release = await confirmRelease(owned(number), session: session("work", provider))
        #expect(provider.state.withLock { $0.releases } == [number.e164])
        // The answer was lost; the entry of the number that is still owned no longer decodes.
        provider.update { $0.ownedUnreadable = [number.e164] }
        let settled = await Broker(journal: harness.journal, now: harness.clock.clock.date).settleUnresolved(sessions: [session("work", provider)])
        #expect(release.state.phase == .finished(.notReleased) || (!settled.settled.isEmpty && settled.settled.allSatisfy(\.settlement.leavesItOpen)))
        #expect(!(try harness.states()).contains(.reconciledReleased))
    }

    // MARK: - 7

    @Test func finding7_aNewMinimumCommitmentBeforeSendingAsksAgainAndSendsNothing() async throws {
        let quoted = pricedNumber()
        var committed = quoted
        committed.requirements.minimumCommitmentMonths = 12
        let provider = FakeProvider(inventory: [quoted])
        let purchase = harness.model()
        purchase.begin(quoted, listedAt: nil, session: session("work", provider))
        await harness.waitOutArming(purchase)
        provider.update { $0.inventory = [committed] }
        purchase.toggleFocus()
        purchase.activate()
        await purchase.settle()
        #expect(provider.purchases.isEmpty, "nothing sent on a term the user never saw")
        #expect(purchase.state.phase == .confirming && purchase.state.gate.focus == .cancel)
        #expect(purchase.state.notice?.contains("minimum commitment changed from none to 12 months") == true, "\(purchase.state.notice ?? "")")
        #expect(purchase.state.quote?.commitmentTotal != nil, "the new quote shows the commitment")
    }

    @Test func finding7_aNewRequirementInABatchSendsNothingForThatNumber() async throws {
        let quoted = pricedNumber()
        var restricted = quoted
        restricted.requirements.restriction = "city-address"
        let provider = FakeProvider(inventory: [restricted])
        let batch = batchModel()
        await confirmBatch(batch, [(quoted, session("work", provider))])
        #expect(provider.purchases.isEmpty)
        guard case .failed(let error)? = batch.state.items.first?.outcome else {
            Issue.record("expected a refusal, got \(String(describing: batch.state.items.first?.outcome))")
            return
        }
        #expect(error.description.contains("requirements changed to city address"), "\(error)")
    }

    @Test func finding7_theBatchQuoteShowsAccountsWhoPaysAndEveryRequirement() {
        var committed = pricedNumber("+14155550101")
        committed.requirements = Requirements(restriction: "city-address", minimumCommitmentMonths: 12)
        let plain = pricedNumber("+14155550102")
        let sub = FakeProvider(accountID: "SASUBACCOUNT00000001", inventory: [committed, plain])
        let batch = batchModel()
        batch.begin([(committed, session("team", sub)), (plain, session("team", sub))])
        let lines = batch.state.quote?.lines ?? []
        let accounts = lines.filter { $0.label == "Account" }.map(\.value)
        #expect(accounts == ["team (SASU…001); its parent main account pays"], "\(accounts)")
        let needs = lines.filter { $0.label == "Needs" }.map(\.value)
        #expect(needs == ["+1 415 555 0101: minimum commitment 12 months; city address"], "\(needs)")
    }

    // MARK: - 8

    @Test func finding8_aBatchSettlesAnEarlierUnknownPurchaseInsteadOfPostingAgain() async throws {
        let number = pricedNumber()
        let provider = FakeProvider(inventory: [number])
        let work = session("work", provider)
        let intent = JournalEntry(intentToBuy: number, profile: "work", accountID: provider.accountID, endpoint: work.endpoint, time: harness.clock.clock.date())
        try harness.journal.append(intent)
        try harness.journal.append(intent.followed(by: .unknown, at: harness.clock.clock.date()))
        provider.update { $0.failOwned = DialtoneError(.server, provider: .plivo, httpStatus: 503) }
        let batch = batchModel()
        await confirmBatch(batch, [(number, work)])
        #expect(provider.purchases.isEmpty, "no second POST while the first one's outcome is unknown")
        #expect(batch.state.items.first?.outcome?.isUnknown == true)

        // Once the list can be read, the earlier purchase is settled and the batch buys nothing twice.
        provider.update { $0.failOwned = nil }
        await confirmBatch(batch, [(number, work)])
        #expect(provider.purchases == [number.e164], "the earlier purchase was not made, so this one is")
    }

    @Test func finding8_aReleaseSettlesAnEarlierUnknownReleaseInsteadOfDeletingAgain() async throws {
        let number = pricedNumber()
        let provider = FakeProvider()
        provider.update { $0.owned = [owned(number)] }
        let work = session("work", provider)
        let intent = JournalEntry(intentToRelease: owned(number), profile: "work", accountID: provider.accountID, endpoint: work.endpoint, time: harness.clock.clock.date())
        try harness.journal.append(intent)
        // Its entry no longer decodes, so the list cannot tell whether the release went through.
        provider.update { $0.ownedUnreadable = [number.e164] }
        let release = await confirmRelease(owned(number), session: work)
        #expect(provider.state.withLock { $0.releases }.isEmpty, "no DELETE while an earlier release is unsettled")
        #expect(release.state.phase.isUnknownOutcome, "\(release.state.phase)")
    }

    // MARK: - 11

    @Test func finding11_aListNamingANumberTwiceProvesNothingAbsent() async throws {
        let bought = pricedNumber("+14155550101")
        let other = pricedNumber("+14155550102")
        let provider = FakeProvider(inventory: [bought])
        provider.update {
            $0.purchaseBehaviour = .dropWithoutCommit
            $0.owned = [owned(other)]
            $0.ownedRepeated = [other.e164]
        }
        let purchase = harness.model()
        await harness.buy(bought, with: purchase, session: session("work", provider))
        guard case .finished(.unknown(let error)) = purchase.state.phase else {
            Issue.record("expected an unknown outcome, got \(purchase.state.phase)")
            return
        }
        #expect(error.description.contains("named 1 number twice"), "\(error)")
        #expect(!(try harness.states()).contains(.reconciledNotBought))
    }
}

extension ReleaseState.Phase {
    /// The release ended with its outcome unknown.
    var isUnknownOutcome: Bool {
        if case .finished(let outcome) = self { return outcome.isUnknown }
        return false
    }
}
