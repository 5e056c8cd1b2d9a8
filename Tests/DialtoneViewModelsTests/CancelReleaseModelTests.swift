import DialtoneCore
import Foundation
import Testing
@testable import DialtoneViewModels

/// Cancelling a release in its cooldown goes through the one protocol: the typed digits after the
/// arming delay, one journalled request, and an unanswered one reconciled against the owned list
/// (active again → restored; still pending or gone → not restored).
@MainActor
struct CancelReleaseModelTests {
    let harness = PurchaseHarness()
    let pending = OwnedNumber(
        provider: .vobiz, e164: "+919876543210", country: "IN", status: .pendingRelease,
        monthlyFee: Money(Decimal(500), "INR"))

    private func provider(_ numbers: OwnedNumber...) -> FakeProvider {
        let provider = FakeProvider(features: .cooldownRelease)
        provider.update { $0.owned = numbers }
        return provider
    }

    private func model() -> ReleaseModel { ReleaseModel(journal: harness.journal, clock: harness.clock.clock) }

    /// Opens the cancel dialog, waits out the arming delay, types the last four, presses Restore.
    private func cancel(with model: ReleaseModel, provider: FakeProvider) async {
        #expect(model.beginCancel(pending, session: harness.session(provider)))
        harness.clock.advance(by: PurchaseModel.defaultArmingDelay)
        await model.settleArming()
        "3210".forEach(model.typeDigit)
        model.toggleFocus()
        model.activate()
        await model.settle()
    }

    @Test func onlyAPendingNumberCanBeCancelledAndAPendingOneCannotBeReleasedAgain() {
        let active = pending.with(status: .active)
        let release = model()
        #expect(!release.beginCancel(active, session: harness.session(provider(active))), "nothing pending to cancel")
        #expect(!release.begin(pending, session: harness.session(provider(pending))), "already pending release")
        #expect(!release.beginCancel(pending, session: harness.session(FakeProvider(features: .serverFiltering))), "no cancellation documented")
        #expect(release.beginCancel(pending, session: harness.session(provider(pending))))
        #expect(release.state.action == .cancelRelease && release.state.gate.focus == .cancel)
        #expect(release.state.lines.map(\.value).contains("refunded, if one was charged"))
    }

    @Test func theDigitsAndTheArmingDelayThenOneJournalledRequestRestoresTheNumber() async throws {
        let provider = provider(pending)
        let release = model()
        release.beginCancel(pending, session: harness.session(provider))
        "3210".forEach(release.typeDigit)
        release.toggleFocus()
        release.activate()
        #expect(provider.state.withLock { $0.cancels }.isEmpty, "not before the arming delay")
        release.dismiss()
        await cancel(with: release, provider: provider)
        let receipt = ReleaseReceipt(provider: provider.kind, e164: pending.e164, refunded: pending.monthlyFee)
        #expect(release.state.phase == .finished(.restored(receipt, reconciled: false)))
        #expect(provider.state.withLock { $0.cancels } == [pending.e164])
        let lines = try harness.journal.read().entries
        #expect(lines.map(\.state) == [.intent, .done])
        #expect(lines.allSatisfy { $0.kind == .cancelRelease } && lines.last?.refunded == 500)
        #expect(release.state.phase.summary?.contains("refunded") == true)
    }

    @Test func aLostAnswerIsRestoredWhenTheOwnedListShowsItActive() async throws {
        let provider = provider(pending)
        provider.update { $0.cancelBehaviour = .commitThenFail(DialtoneError(.outcomeUnknown, provider: .vobiz, detail: "connection reset")) }
        let release = model()
        await cancel(with: release, provider: provider)
        guard case .finished(.restored(_, reconciled: true)) = release.state.phase else {
            Issue.record("expected restored after reconciling, got \(release.state.phase)")
            return
        }
        #expect(try harness.states() == [.intent, .unknown, .reconciledRestored])
        #expect(provider.state.withLock { $0.cancels }.count == 1, "never sent twice")
    }

    @Test func aLostAnswerWithTheNumberStillPendingIsNotRestored() async throws {
        let provider = provider(pending)
        provider.update { $0.cancelBehaviour = .dropWithoutCommit }
        let release = model()
        await cancel(with: release, provider: provider)
        #expect(release.state.phase == .finished(.notRestored))
        #expect(try harness.states() == [.intent, .unknown, .reconciledNotRestored])
    }

    @Test func aRefusalIsJournalledFailedAndSaysTheReleaseWasNotCancelled() async throws {
        let provider = provider(pending)
        provider.update { $0.cancelBehaviour = .refuse(DialtoneError(.validation, provider: .vobiz, httpStatus: 409, detail: "number is not pending release")) }
        let release = model()
        await cancel(with: release, provider: provider)
        guard case .finished(let outcome) = release.state.phase, case .failed = outcome else {
            Issue.record("expected failed, got \(release.state.phase)")
            return
        }
        #expect(outcome.summary(of: .cancelRelease).hasPrefix("release not cancelled:"))
        #expect(try harness.states() == [.intent, .failed])
    }
}

extension ReleaseState.Phase {
    /// The finished outcome's summary, for a cancelled release.
    var summary: String? {
        guard case .finished(let outcome) = self else { return nil }
        return outcome.summary(of: .cancelRelease)
    }
}
