import DialtoneCore
import Foundation

/// One purchase from the re-read listing to its outcome (DESIGN §3 steps 3–6), shared by the
/// single dialog and by batches so both keep the same protocol.
@MainActor
enum PurchaseAttempt {
    /// What reading the listing again just before buying found.
    enum Listing {
        /// Still listed at the quoted fees and currency.
        case current(PhoneNumber)
        /// Still listed, at other fees or in another currency: it needs a fresh confirmation.
        case changed(PhoneNumber)
        /// Gone, or the listing could not be read; nothing was sent.
        case gone(DialtoneError)
    }

    /// Reads `number`'s listing once more; nothing is sent.
    static func recheck(_ number: PhoneNumber, provider: any NumberProvider) async -> Listing {
        do {
            guard let listing = try await InventoryLookup.current(number, provider: provider) else {
                return .gone(DialtoneError(.notFound, provider: provider.kind, detail: "no longer for sale; nothing was sent"))
            }
            return listing.hasSamePrice(as: number) ? .current(listing) : .changed(listing)
        } catch {
            var error = DialtoneError.wrapping(error, provider: provider.kind)
            error.detail = [error.detail, "could not re-check the listing just before buying; nothing was sent"]
                .compactMap { $0 }.joined(separator: "; ")
            return .gone(error)
        }
    }

    /// Appends the intent under the journal's lock (once `check` admits it against the journal
    /// read under that lock), sends the single POST, never retried, and writes its outcome. An
    /// answer that leaves the outcome unknown is reconciled against the same account's owned
    /// list before this returns; `reconciling` is called first. The intent is `nil` when it
    /// could not be written (nothing was sent).
    static func send(
        _ number: PhoneNumber, session: ProfileSession, journal: PurchaseJournal, clock: ModelClock,
        admitting check: @escaping (JournalContents) throws -> Void, reconciling: () -> Void
    ) async -> (outcome: PurchaseOutcome, intent: JournalEntry?) {
        let provider = session.provider
        let intent = JournalEntry(
            intentToBuy: number, profile: session.name, accountID: provider.accountID, endpoint: session.endpoint, time: clock.date())
        let lock: IntentLock
        do {
            lock = try journal.openIntent(intent, admitting: check)
        } catch {
            return (.failed(.wrapping(error)), nil)
        }
        defer { lock.release() }
        // Lines after the POST may fail to write; the intent then stays unresolved and the next
        // start reconciles it, which reaches the same answer.
        do {
            let receipt = try await provider.purchase(number)
            try? journal.append(intent.done(at: clock.date(), receipt: receipt))
            return (.bought(receipt, reconciled: false), intent)
        } catch {
            let error = DialtoneError.wrapping(error, provider: provider.kind)
            if PurchaseModel.isDefiniteRefusal(error) {
                try? journal.append(intent.followed(by: .failed, at: clock.date(), message: error.providerMessage ?? error.headline))
                return (.failed(error), intent)
            }
            try? journal.append(intent.followed(by: .unknown, at: clock.date(), message: error.description))
            reconciling()
            return (await PurchaseReconciler.reconcile(intent, provider: provider, journal: journal, clock: clock), intent)
        }
    }
}
