import DialtoneCore
import Foundation
import Testing
@testable import DialtoneViewModels

/// Releasing: always the typed digits after the arming delay, one journalled DELETE, and an
/// unanswered release reconciled against the owned list.
@MainActor
struct ReleaseModelTests {
    let harness = PurchaseHarness()
    let number = OwnedNumber(provider: .plivo, e164: "+14155551234", country: "US", monthlyFee: Money(Decimal(string: "0.80")!, "USD"))

    private func provider(owning: Bool = true) -> FakeProvider {
        let provider = FakeProvider()
        if owning { provider.update { $0.owned = [number] } }
        return provider
    }

    private func model() -> ReleaseModel { ReleaseModel(journal: harness.journal, clock: harness.clock.clock) }

    /// Opens the dialog, waits out the arming delay, types `digits`, focuses Release and presses it.
    private func release(with model: ReleaseModel, provider: FakeProvider, digits: String = "1234") async {
        model.begin(number, session: harness.session(provider))
        harness.clock.advance(by: PurchaseModel.defaultArmingDelay)
        await model.settleArming()
        digits.forEach(model.typeDigit)
        model.toggleFocus()
        model.activate()
        await model.settle()
    }

    @Test func theDialogSaysWhatStopsThatItIsFinalAndOpensOnCancel() {
        let release = model()
        #expect(release.begin(number, session: harness.session(provider())))
        #expect(release.state.gate.focus == .cancel && release.state.requiredDigits == "1234")
        let values = release.state.lines.map(\.value)
        #expect(values.contains("calls and messages to this number"))
        #expect(values.contains("USD 0.80 stops"))
        #expect(values.contains { $0.contains("cannot be undone") })
        #expect(values.contains { $0 == "none stated in advance; any Plivo reports is shown after" })
        release.activate()
        #expect(release.state.phase == .idle, "Enter on Cancel closes")
    }

    @Test func releaseNeedsTheDigitsAndTheArmingDelayThenSendsOneJournalledDelete() async throws {
        let provider = provider()
        let release = model()
        release.begin(number, session: harness.session(provider))
        "1234".forEach(release.typeDigit)
        release.toggleFocus()
        #expect(!release.state.isReleaseArmed, "not before the arming delay")
        release.activate()
        #expect(provider.state.withLock { $0.releases }.isEmpty)
        release.dismiss()
        await self.release(with: release, provider: provider, digits: "1235")
        #expect(release.state.phase == .confirming, "wrong digits never arm")
        #expect(provider.state.withLock { $0.releases }.isEmpty)
        release.dismiss()
        await self.release(with: release, provider: provider)
        #expect(release.state.phase == .finished(.released(ReleaseReceipt(provider: .plivo, e164: number.e164), reconciled: false)))
        #expect(provider.state.withLock { $0.releases } == [number.e164])
        let lines = try harness.journal.read().entries
        #expect(lines.map(\.state) == [.intent, .done])
        #expect(lines.allSatisfy { $0.kind == .release })
        #expect(lines.first?.monthly == Decimal(string: "0.80"))
    }

    @Test func aRefusalIsJournalledFailedAndTheNumberStays() async throws {
        let provider = provider()
        provider.update { $0.releaseBehaviour = .refuse(DialtoneError(.forbidden, provider: .plivo, httpStatus: 403, providerMessage: "account does not own this number")) }
        let release = model()
        await self.release(with: release, provider: provider)
        guard case .finished(.failed(let error)) = release.state.phase else { Issue.record("expected failed"); return }
        #expect(error.kind == .forbidden)
        #expect(try harness.states() == [.intent, .failed])
    }

    @Test func aLostAnswerIsReconciledReleasedWhenTheCompleteListLacksTheNumber() async throws {
        let provider = provider()
        provider.update { $0.releaseBehaviour = .commitThenFail(DialtoneError(.outcomeUnknown, provider: .plivo, httpStatus: 504)) }
        let release = model()
        await self.release(with: release, provider: provider)
        #expect(release.state.phase == .finished(.released(
            ReleaseReceipt(provider: .plivo, e164: number.e164, message: "no longer in the owned list"), reconciled: true)))
        #expect(try harness.states() == [.intent, .unknown, .reconciledReleased])
        #expect(provider.state.withLock { $0.releases }.count == 1, "never retried")
    }

    @Test func aLostAnswerWithTheNumberStillListedIsNotReleased() async throws {
        let provider = provider()
        provider.update { $0.releaseBehaviour = .dropWithoutCommit }
        let release = model()
        await self.release(with: release, provider: provider)
        #expect(release.state.phase == .finished(.notReleased))
        #expect(try harness.states() == [.intent, .unknown, .reconciledNotReleased])
    }

    @Test func aListReadOnlyInPartLeavesTheReleaseUnknownForTheNextStart() async throws {
        let provider = provider()
        provider.update {
            $0.releaseBehaviour = .commitThenFail(DialtoneError(.timeout, provider: .plivo))
            $0.ownedIncomplete = "stopped after 5000 pages"
        }
        let release = model()
        await self.release(with: release, provider: provider)
        guard case .finished(.unknown) = release.state.phase else { Issue.record("expected unknown"); return }
        #expect(try harness.journal.read().unresolvedIntents.count == 1)
        provider.update { $0.ownedIncomplete = nil }
        let messages = await PurchaseModel(journal: harness.journal, clock: harness.clock.clock)
            .reconcileJournal(sessions: [harness.session(provider)])
        #expect(messages.map(\.text) == ["earlier release of \(NumberFormatting.readable(number.e164)) (work): released \(NumberFormatting.readable(number.e164)) (confirmed from the owned list after no answer)"])
        #expect(try harness.journal.read().unresolvedIntents.isEmpty)
    }

    @Test func aProviderWithoutReleaseOpensNoDialog() {
        let agni = FakeProvider(kind: .agni, features: .substringOnly)
        #expect(!model().begin(number, session: harness.session(agni)))
    }

    @Test func releasesNeverCountAsSpendAndHistoryListsThem() async throws {
        let provider = provider()
        await self.release(with: model(), provider: provider)
        let contents = try harness.journal.read()
        #expect(contents.spent(currency: "USD", since: .distantPast, matching: { _ in true }) == 0)
        let rows = contents.history()
        #expect(rows.map(\.outcome) == [.released] && rows.first?.kind == .release)
        #expect(rows.first?.monthly == Money(Decimal(string: "0.80")!, "USD"))
    }
}
