import DialtoneCore
import Foundation
import Testing
@testable import DialtoneViewModels

/// How a sent purchase ends: only a definite refusal is `failed`; every other answer is
/// reconciled against the owned list of the same account, never resent.
@MainActor
struct PurchaseOutcomeTests {
    let harness = PurchaseHarness()

    @Test(arguments: [
        DialtoneError(.timeout, provider: .plivo),
        DialtoneError(.outcomeUnknown, provider: .plivo, httpStatus: 504, providerMessage: "Endpoint request timed out"),
        DialtoneError(.server, provider: .plivo, httpStatus: 502),
        DialtoneError(.decoding, provider: .plivo, httpStatus: 200),
    ])
    func anAnswerThatDoesNotRefuseIsReconciledAndFoundBought(error: DialtoneError) async throws {
        let provider = harness.stocked()
        provider.update { $0.purchaseBehaviour = .commitThenFail(error) }
        let purchase = harness.model()
        await harness.buy(with: purchase, session: harness.session(provider))
        guard case .finished(.bought(let receipt, reconciled: true)) = purchase.state.phase else {
            Issue.record("expected a reconciled purchase, got \(purchase.state.phase)")
            return
        }
        #expect(receipt.e164 == "+14155551234")
        #expect(provider.purchases.count == 1)
        #expect(try harness.states() == [.intent, .unknown, .reconciledBought])
    }

    @Test func aLostAnswerWithoutCommitEndsNotBought() async throws {
        let provider = harness.stocked()
        provider.update { $0.purchaseBehaviour = .dropWithoutCommit }
        let purchase = harness.model()
        await harness.buy(with: purchase, session: harness.session(provider))
        #expect(purchase.state.phase == .finished(.notBought))
        #expect(try harness.states() == [.intent, .unknown, .reconciledNotBought])
    }

    @Test(arguments: [
        DialtoneError(.insufficientBalance, provider: .plivo, httpStatus: 402, providerMessage: "Insufficient credit"),
        DialtoneError(.insufficientBalance, provider: .vobiz, httpStatus: 500, providerMessage: "Insufficient credit"),
        DialtoneError(.notFound, provider: .plivo, httpStatus: 404, providerMessage: "Insufficient credit"),
        DialtoneError(.transport, provider: .plivo, providerMessage: "Insufficient credit"),
    ])
    func aDefiniteRefusalFailsWithTheProvidersMessage(refusal: DialtoneError) async throws {
        let provider = harness.stocked()
        provider.update { $0.purchaseBehaviour = .refuse(refusal) }
        let purchase = harness.model()
        await harness.buy(with: purchase, session: harness.session(provider))
        #expect(purchase.state.phase == .finished(.failed(refusal)))
        if case .finished(let outcome) = purchase.state.phase { #expect(outcome.summary.contains("Insufficient credit")) }
        let entries = try harness.journal.read().entries
        #expect(entries.map(\.state) == [.intent, .failed])
        #expect(entries.last?.message == "Insufficient credit")
        #expect(provider.state.withLock { $0.ownedCalls } == 0, "a refusal needs no reconciliation")
    }

    @Test func anIncompleteOwnedListNeverConcludesNotBought() async throws {
        let provider = harness.stocked()
        provider.update {
            $0.purchaseBehaviour = .dropWithoutCommit
            $0.ownedIncomplete = "stopped after 1000 pages of 100"
        }
        let purchase = harness.model()
        await harness.buy(with: purchase, session: harness.session(provider))
        guard case .finished(.unknown(let error)) = purchase.state.phase else {
            Issue.record("expected unknown, got \(purchase.state.phase)")
            return
        }
        #expect(error.description.contains("read only in part (stopped after 1000 pages of 100)"))
        #expect(try harness.states() == [.intent, .unknown])
        #expect(try harness.journal.read().unresolvedIntents.count == 1)
    }

    @Test func anUnreadableOwnedListLeavesTheIntentForTheNextStart() async throws {
        let provider = harness.stocked()
        provider.update {
            $0.purchaseBehaviour = .commitThenFail(DialtoneError(.timeout, provider: .plivo))
            $0.failOwned = DialtoneError(.transport, provider: .plivo)
        }
        let purchase = harness.model()
        let profile = harness.session(provider)
        await harness.buy(with: purchase, session: profile)
        guard case .finished(.unknown) = purchase.state.phase else {
            Issue.record("expected unknown, got \(purchase.state.phase)")
            return
        }
        #expect(try harness.journal.read().unresolvedIntents.count == 1)
        // Reopening the same number reconciles again instead of offering a second POST.
        purchase.dismiss()
        provider.update { $0.failOwned = nil }
        purchase.begin(pricedNumber(), listedAt: nil, session: profile)
        await purchase.settle()
        #expect(provider.purchases.count == 1)
        guard case .finished(.bought(_, reconciled: true)) = purchase.state.phase else {
            Issue.record("expected reconciled bought, got \(purchase.state.phase)")
            return
        }
        #expect(try harness.journal.read().unresolvedIntents.isEmpty)
    }

    private func intent(_ e164: String = "+14155551234", provider: FakeProvider, accountID: String? = nil, endpoint: String? = nil) -> JournalEntry {
        JournalEntry(
            intentToBuy: pricedNumber(e164), profile: "work", accountID: accountID ?? provider.accountID,
            endpoint: endpoint ?? provider.endpoint, time: TestClock.origin)
    }

    @Test func unresolvedIntentsAreReconciledOnStart() async throws {
        let provider = FakeProvider()
        provider.update { $0.owned = [OwnedNumber(provider: .plivo, e164: "+14155551234", country: "US")] }
        let bought = intent(provider: provider)
        let missing = intent("+14155559999", provider: provider)
        let settled = intent("+14155550000", provider: provider)
        for entry in [bought, missing, settled] { try harness.journal.append(entry) }
        try harness.journal.append(settled.followed(by: .failed, at: TestClock.origin, message: "gone"))
        let messages = await harness.model().reconcileJournal(sessions: [harness.session(provider)])
        #expect(messages.count == 2)
        #expect(messages.allSatisfy { $0.level == .info })
        let lines = try harness.journal.read().entries
        #expect(lines.filter { $0.id == bought.id }.map(\.state) == [.intent, .reconciledBought])
        #expect(lines.filter { $0.id == missing.id }.map(\.state) == [.intent, .reconciledNotBought])
        #expect(try harness.journal.read().unresolvedIntents.isEmpty)
        #expect(provider.purchases.isEmpty)
    }

    @Test func anIntentOfAnotherAccountOrEndpointIsNotReconciledHere() async throws {
        let provider = FakeProvider()
        let otherAccount = intent(provider: provider, accountID: "MA_SOMEONEELSE1")
        let otherEndpoint = intent("+14155559999", provider: provider, endpoint: "https://staging.example")
        for entry in [otherAccount, otherEndpoint] { try harness.journal.append(entry) }
        let messages = await harness.model().reconcileJournal(sessions: [harness.session(provider)])
        #expect(messages.count == 2)
        #expect(messages.allSatisfy { $0.level == .error && $0.text.contains("no configured profile has its account and endpoint") })
        #expect(!messages.contains { $0.text.contains("MA_SOMEONEELSE1") }, "the account id is masked in messages")
        #expect(provider.state.withLock { $0.ownedCalls } == 0)
        #expect(try harness.journal.read().unresolvedIntents.count == 2)
    }

    @Test func anIntentWhoseSenderHoldsItsLockIsLeftAlone() async throws {
        let provider = FakeProvider()
        let inFlight = intent(provider: provider)
        let lock = try harness.journal.lockIntent(inFlight.id)
        try harness.journal.append(inFlight)
        let messages = await harness.model().reconcileJournal(sessions: [harness.session(provider)])
        #expect(messages.map(\.text) == ["earlier purchase of \(NumberFormatting.readable(inFlight.e164)) (work): in flight in another dialtone; left to it"])
        #expect(provider.state.withLock { $0.ownedCalls } == 0)
        #expect(try harness.states() == [.intent])

        lock.release()
        _ = await harness.model().reconcileJournal(sessions: [harness.session(provider)])
        #expect(try harness.states() == [.intent, .reconciledNotBought])
    }

    @Test func unreadableJournalLinesAreReported() async throws {
        let provider = FakeProvider()
        try harness.journal.append(intent(provider: provider))
        let handle = try #require(FileHandle(forWritingAtPath: harness.journal.path))
        handle.seekToEndOfFile()
        handle.write(Data(#"{"id":"torn"#.utf8))
        try handle.close()
        let messages = await harness.model().reconcileJournal(sessions: [harness.session(provider)])
        #expect(messages.first?.text.contains("1 line could not be read") == true)
    }
}
