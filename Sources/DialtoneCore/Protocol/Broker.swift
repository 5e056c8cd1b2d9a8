import Foundation

/// The one path by which money and numbers move (DESIGN §3.1).
///
/// Every purchase, every item of a batch and every release — from the TUI, `dialtone buy`,
/// `dialtone release` or anything added later — is carried out here, step by step in this
/// order: settle unresolved intents of the same identity (provider, endpoint, full account id,
/// number) → read the listing or owned entry again and compare every term the confirmation
/// showed → under the journal's exclusive lock, refuse while another intent of that identity is
/// open, check the spend limits, append and fsync the intent → send once with a `SendPermit`,
/// never retried → classify the answer by documented codes and statuses → reconcile an unknown
/// outcome against the intent's own account, from a complete read only → write the outcome line.
///
/// Provider clients' sending functions need a `SendPermit`, which only this type can make, so a
/// caller cannot skip a step: screens, commands and batches only say what was confirmed.
public final class Broker: Sendable {
    /// Where intents and outcomes are written.
    public let journal: PurchaseJournal
    let now: @Sendable () -> Date

    /// A broker writing to `journal`, stamping lines with `now`.
    public init(journal: PurchaseJournal, now: @escaping @Sendable () -> Date = { Date() }) {
        self.journal = journal
        self.now = now
    }

    /// Where a purchase or release stands, for a dialog to show.
    public enum Step: Sendable, Equatable {
        /// An earlier intent of the same identity is being settled first.
        case settlingEarlier
        /// The listing or owned entry is read again.
        case checking
        /// The intent is journalled and the one request is in flight.
        case sending
        /// The request got no clear answer; the owned list is read.
        case reconciling
    }

    /// How carrying out a confirmed purchase ended.
    public enum PurchaseResult: Sendable, Equatable {
        /// A term the confirmation showed is no longer true (`what` says which): nothing was
        /// sent, and the new listing needs a confirmation of its own.
        case changed(PhoneNumber, what: String)
        case ended(PurchaseOutcome)
    }

    /// How carrying out a confirmed release ended.
    public enum ReleaseResult: Sendable, Equatable {
        /// The owned entry changed since it was confirmed: nothing was sent.
        case changed(OwnedNumber, what: String)
        case ended(ReleaseOutcome)
    }

    /// Carries out the purchase of `confirmed` (exactly as the confirmation showed it) by
    /// `session`; `step` hears each step as it starts.
    public func buy(
        _ confirmed: PhoneNumber, by session: ProfileSession, step: @escaping @Sendable (Step) async -> Void = { _ in }
    ) async -> PurchaseResult {
        let identity = session.identity(of: confirmed.e164)
        switch await settleEarlier(identity, session: session, step: step) {
        case .unsettled(let error): return .ended(.unknown(error))
        case .bought(let receipt): return .ended(.bought(receipt, reconciled: true))
        case .released, .clear: break
        }
        await step(.checking)
        let listing: PhoneNumber
        switch await Rereading.listing(of: confirmed, provider: session.provider) {
        case .gone(let error): return .ended(.failed(error))
        case .current(let current): listing = current
        }
        if let what = Terms.change(from: confirmed, to: listing) { return .changed(listing, what: what) }
        let intent = JournalEntry(
            intentToBuy: confirmed, profile: session.name, accountID: session.provider.accountID, endpoint: session.endpoint, time: now())
        let limits = session.spendLimits
        let lock: IntentLock
        do {
            lock = try journal.openIntent(intent) { [now] contents in
                try Self.admit(intent, in: contents, provider: session.provider.kind)
                if let refusal = limits.refusal(
                    charge: confirmed.chargedNow?.amount, currency: confirmed.currency, in: contents, now: now(), matching: session.made) {
                    throw DialtoneError(.spendLimit, provider: session.provider.kind, detail: refusal)
                }
            }
        } catch {
            return .ended(.failed(.wrapping(error, provider: session.provider.kind)))
        }
        defer { lock.release() }
        await step(.sending)
        return .ended(await sendPurchase(listing, intent: intent, session: session, step: step))
    }

    /// Carries out the release of `confirmed` (exactly as the confirmation showed it) by
    /// `session`; `step` hears each step as it starts.
    public func release(
        _ confirmed: OwnedNumber, by session: ProfileSession, step: @escaping @Sendable (Step) async -> Void = { _ in }
    ) async -> ReleaseResult {
        let identity = session.identity(of: confirmed.e164)
        switch await settleEarlier(identity, session: session, step: step) {
        case .unsettled(let error): return .ended(.unknown(error))
        case .released(let receipt): return .ended(.released(receipt, reconciled: true))
        case .bought, .clear: break
        }
        await step(.checking)
        let entry: OwnedNumber
        switch await Rereading.ownedEntry(of: confirmed, provider: session.provider) {
        case .gone(let error): return .ended(.failed(error))
        case .current(let current): entry = current
        }
        if let what = Terms.change(from: confirmed, to: entry) { return .changed(entry, what: what) }
        let intent = JournalEntry(
            intentToRelease: confirmed, profile: session.name, accountID: session.provider.accountID, endpoint: session.endpoint, time: now())
        let lock: IntentLock
        do {
            lock = try journal.openIntent(intent) { contents in try Self.admit(intent, in: contents, provider: session.provider.kind) }
        } catch {
            return .ended(.failed(.wrapping(error, provider: session.provider.kind)))
        }
        defer { lock.release() }
        await step(.sending)
        return .ended(await sendRelease(entry, intent: intent, session: session, step: step))
    }

    /// Refuses, under the journal's lock, an intent while another of the same identity is still
    /// open: another terminal is buying or releasing that number for that account right now.
    static func admit(_ intent: JournalEntry, in contents: JournalContents, provider: ProviderKind) throws {
        guard contents.unresolvedIntents.contains(where: { $0.id != intent.id && $0.identity == intent.identity }) else { return }
        let action = intent.kind == .release ? "release" : "purchase"
        throw DialtoneError(
            .validation, provider: provider,
            detail: "another \(action) of this number by this account is still open (another dialtone, or an unknown outcome); nothing was sent")
    }
}
