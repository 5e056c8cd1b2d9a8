import Foundation

/// The one request of a purchase or release, and what its answer means.
extension Broker {
    /// Sends the purchase once, with the permit of `intent` (already journalled and locked), and
    /// writes its outcome; an answer that is no definite refusal is reconciled.
    func sendPurchase(
        _ number: PhoneNumber, intent: JournalEntry, session: ProfileSession, step: @Sendable (Step) async -> Void
    ) async -> PurchaseOutcome {
        let provider = session.provider
        return await sendOnce(
            intent, provider: provider, step: step,
            request: { try await provider.purchase(number, permit: $0) },
            outcomeLine: { intent.done(at: $1, receipt: $0) },
            succeeded: { .bought($0, reconciled: false) }, refused: { .failed($0) },
            reconcile: { await self.reconcilePurchase(intent, provider: provider) })
    }

    /// Sends the release (or, for a `cancel_release` intent, the cancellation of one) once, with
    /// the permit of `intent`, and writes its outcome; an answer that is no definite refusal is
    /// reconciled.
    func sendRelease(
        _ number: OwnedNumber, intent: JournalEntry, session: ProfileSession, step: @Sendable (Step) async -> Void
    ) async -> ReleaseOutcome {
        let provider = session.provider
        let cancelling = intent.kind == .cancelRelease
        return await sendOnce(
            intent, provider: provider, step: step,
            request: { permit in
                cancelling ? try await provider.cancelRelease(number, permit: permit) : try await provider.release(number, permit: permit)
            },
            outcomeLine: { cancelling ? intent.restored(at: $1, receipt: $0) : intent.released(at: $1, receipt: $0) },
            succeeded: { cancelling ? .restored($0, reconciled: false) : .released($0, reconciled: false) }, refused: { .failed($0) },
            reconcile: { await self.reconcileRelease(intent, provider: provider) })
    }

    /// Sends the routing change once, with the permit of `intent`, and writes its outcome; an
    /// answer that is no definite refusal is reconciled.
    func sendAssign(
        _ number: OwnedNumber, intent: JournalEntry, session: ProfileSession, step: @Sendable (Step) async -> Void
    ) async -> AssignOutcome {
        let provider = session.provider
        return await sendOnce(
            intent, provider: provider, step: step,
            request: { try await provider.assign(number, to: intent.routeTo?.route, permit: $0) },
            outcomeLine: { intent.assigned(at: $1, receipt: $0) },
            succeeded: { .assigned($0, reconciled: false) }, refused: { .failed($0) },
            reconcile: { await self.reconcileAssign(intent, provider: provider) })
    }

    /// The request, sent once and never retried; its classification by documented codes and
    /// statuses (`DialtoneError.isDefiniteRefusal`); the outcome line. Lines after the request
    /// may fail to write: the intent then stays unresolved and the next start reconciles it,
    /// which reaches the same answer.
    private func sendOnce<Receipt, Outcome>(
        _ intent: JournalEntry, provider: any NumberProvider, step: @Sendable (Step) async -> Void,
        request: (SendPermit) async throws -> Receipt, outcomeLine: (Receipt, Date) -> JournalEntry,
        succeeded: (Receipt) -> Outcome, refused: (DialtoneError) -> Outcome, reconcile: () async -> Outcome
    ) async -> Outcome {
        do {
            let receipt = try await request(SendPermit(intent: intent.id))
            try? journal.append(outcomeLine(receipt, now()))
            return succeeded(receipt)
        } catch {
            let error = DialtoneError.wrapping(error, provider: provider.kind)
            if error.isDefiniteRefusal {
                try? journal.append(intent.followed(by: .failed, at: now(), message: error.providerMessage ?? error.headline))
                return refused(error)
            }
            try? journal.append(intent.followed(by: .unknown, at: now(), message: error.description))
            await step(.reconciling)
            return await reconcile()
        }
    }
}
