import DialtoneCore
import Foundation

/// Sending: re-check the listing, lock and journal the intent, one POST, then the outcome.
extension PurchaseModel {
    /// Reads the listing once more; sends only when fees, currency and availability still match
    /// what the user confirmed, else shows the new quote and asks again. Nothing is sent before.
    func recheckThenSend() {
        guard let quote = state.quote, let session else { return }
        state.phase = .checking
        flightTask = Task {
            let result: Result<PhoneNumber?, DialtoneError>
            do {
                result = .success(try await InventoryLookup.current(quote.number, provider: session.provider))
            } catch {
                result = .failure(.wrapping(error, provider: session.provider.kind))
            }
            self.listingRechecked(result, quote: quote, session: session)
        }
    }

    private func listingRechecked(_ result: Result<PhoneNumber?, DialtoneError>, quote: PurchaseQuote, session: ProfileSession) {
        switch result {
        case .failure(var error):
            error.detail = [error.detail, "could not re-check the listing just before buying; nothing was sent"]
                .compactMap { $0 }.joined(separator: "; ")
            finish(.failed(error), intent: nil)
        case .success(nil):
            let error = DialtoneError(.notFound, provider: session.provider.kind, detail: "no longer for sale; nothing was sent")
            finish(.failed(error), intent: nil)
        case .success(let listing?) where !listing.hasSamePrice(as: quote.number):
            flightTask = nil
            let notice = "price changed from \(NumberFormatting.fee(quote.chargedNow)) charged now; nothing sent"
            showQuote(for: listing, listedAt: clock.date(), session: session, notice: notice)
        case .success(let listing?):
            send(listing, session: session)
        }
    }

    /// Locks and journals the intent (once the spend limits allow it, checked under the
    /// journal's lock), then sends the single POST.
    private func send(_ number: PhoneNumber, session: ProfileSession) {
        state.phase = .sending
        let provider = session.provider
        let intent = JournalEntry(
            intentToBuy: number, profile: session.name, accountID: provider.accountID, endpoint: session.endpoint, time: clock.date())
        let lock: IntentLock
        do {
            lock = try journal.openIntent(intent, admitting: limitCheck(for: number, session: session))
        } catch {
            return finish(.failed(.wrapping(error)), intent: nil)
        }
        flightTask = Task {
            let result: Result<PurchaseReceipt, DialtoneError>
            do {
                result = .success(try await provider.purchase(number))
            } catch {
                result = .failure(.wrapping(error, provider: provider.kind))
            }
            self.received(result, intent: intent, provider: provider, lock: lock)
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

    private func received(
        _ result: Result<PurchaseReceipt, DialtoneError>, intent: JournalEntry, provider: any NumberProvider, lock: IntentLock
    ) {
        // Lines after the POST may fail to write; the intent then stays unresolved and the next
        // start reconciles it, which reaches the same answer.
        switch result {
        case .success(let receipt):
            try? journal.append(intent.done(at: clock.date(), receipt: receipt))
            lock.release()
            finish(.bought(receipt, reconciled: false), intent: intent)
        case .failure(let error) where Self.isDefiniteRefusal(error):
            try? journal.append(intent.followed(by: .failed, at: clock.date(), message: error.providerMessage ?? error.headline))
            lock.release()
            finish(.failed(error), intent: intent)
        case .failure(let error):
            try? journal.append(intent.followed(by: .unknown, at: clock.date(), message: error.description))
            reconcile(intent, provider: provider, lock: lock)
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
