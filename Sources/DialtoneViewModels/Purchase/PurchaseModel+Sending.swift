import DialtoneCore
import Foundation

/// Sending: `PurchaseAttempt` re-checks the listing, journals the intent and sends the one POST;
/// this records the outcome and reconciles a number reopened while its outcome is unknown.
extension PurchaseModel {
    /// Reads the listing once more; sends only when fees, currency and availability still match
    /// what the user confirmed, else shows the new quote and asks again. Nothing is sent before.
    func recheckThenSend() {
        guard let quote = state.quote, let session else { return }
        state.phase = .checking
        flightTask = Task {
            switch await PurchaseAttempt.recheck(quote.number, provider: session.provider) {
            case .gone(let error):
                finish(.failed(error), intent: nil)
            case .changed(let listing):
                flightTask = nil
                let notice = "price changed from \(NumberFormatting.fee(quote.chargedNow)) charged now; nothing sent"
                showQuote(for: listing, listedAt: clock.date(), session: session, notice: notice)
            case .current(let listing):
                state.phase = .sending
                let (outcome, intent) = await PurchaseAttempt.send(
                    listing, session: session, journal: journal, clock: clock,
                    admitting: limitCheck(for: listing, session: session)) { state.phase = .reconciling }
                finish(outcome, intent: intent)
            }
        }
    }

    /// Whether a purchase error certainly bought nothing: a refusal (a 4xx, a documented
    /// refusal such as insufficient balance) or a request that never left this machine. Every
    /// other error — a 5xx, a timeout, a reset, an unreadable answer — may hide a sale.
    static func isDefiniteRefusal(_ error: DialtoneError) -> Bool {
        switch error.kind {
        case .unauthorized, .forbidden, .needsMainAccount, .notFound, .rateLimited, .validation,
             .insufficientBalance, .transport, .configuration, .unsupported, .spendLimit:
            true
        case .server, .timeout, .decoding, .outcomeUnknown, .cancelled, .redirected:
            false
        }
    }

    /// Reopening a number whose purchase this run could not settle: reconcile it first, unless
    /// another process holds its lock.
    func reconcileAgain(_ intent: JournalEntry, provider: any NumberProvider) {
        do {
            guard let lock = try journal.tryLockIntent(intent.id) else {
                let error = DialtoneError(.outcomeUnknown, provider: provider.kind, detail: "another dialtone is settling this purchase")
                return finish(.unknown(error), intent: intent)
            }
            reconcile(intent, provider: provider, lock: lock)
        } catch {
            finish(.unknown(.wrapping(error, provider: provider.kind)), intent: intent)
        }
    }

    private func reconcile(_ intent: JournalEntry, provider: any NumberProvider, lock: IntentLock) {
        state.phase = .reconciling
        let (journal, clock) = (journal, clock)
        flightTask = Task {
            let outcome = await PurchaseReconciler.reconcile(intent, provider: provider, journal: journal, clock: clock)
            lock.release()
            self.finish(outcome, intent: intent)
        }
    }

    func finish(_ outcome: PurchaseOutcome, intent: JournalEntry?) {
        flightTask = nil
        if let intent {
            if case .unknown = outcome { unresolved[intent.e164] = intent } else { unresolved[intent.e164] = nil }
        }
        state.phase = .finished(outcome)
        onOutcome?(outcome)
    }
}
