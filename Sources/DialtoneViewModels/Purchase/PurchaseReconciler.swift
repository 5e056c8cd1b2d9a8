import DialtoneCore
import Foundation

/// Learns how an unanswered purchase or release ended by reading the owned list, and journals
/// the answer.
///
/// The rule is DESIGN §3.6: the number is in the account's owned list → bought (or not
/// released); the complete list lacks it → not bought (or released). A list that could not be
/// read, or was read only in part, proves nothing about an absence: the intent stays unresolved
/// for the next start, and the message says why.
enum PurchaseReconciler {
    /// What the owned list says about an intent's number.
    enum Sighting {
        case listed(OwnedNumber)
        /// Not in the complete list.
        case absent
        case unknown(DialtoneError)
    }

    /// Reads `provider`'s owned list for `intent`'s number.
    static func sight(_ intent: JournalEntry, provider: any NumberProvider) async -> Sighting {
        let owned: OwnedList
        do {
            owned = try await provider.ownedNumberList(.all)
        } catch {
            return .unknown(.wrapping(error, provider: provider.kind))
        }
        if let match = owned.numbers.first(where: { $0.e164 == intent.e164 }) { return .listed(match) }
        if let reason = owned.incompleteReason {
            return .unknown(DialtoneError(.outcomeUnknown, provider: provider.kind, detail: "the owned list was read only in part (\(reason))"))
        }
        return .absent
    }

    /// Reconciles one purchase intent against `provider`'s owned list and appends the
    /// `reconciled_*` line. The caller holds the intent's lock.
    static func reconcile(
        _ intent: JournalEntry, provider: any NumberProvider, journal: PurchaseJournal, clock: ModelClock
    ) async -> PurchaseOutcome {
        // A failed write leaves the intent unresolved; the next start reconciles it again.
        switch await sight(intent, provider: provider) {
        case .listed(let match):
            try? journal.append(intent.followed(by: .reconciledBought, at: clock.date(), message: "found in the owned list"))
            let receipt = PurchaseReceipt(
                provider: provider.kind, e164: match.e164, status: match.status, message: "found in the owned list",
                accountID: match.accountID, monthlyFee: match.monthlyFee)
            return .bought(receipt, reconciled: true)
        case .absent:
            try? journal.append(intent.followed(by: .reconciledNotBought, at: clock.date(), message: "not in the owned list"))
            return .notBought
        case .unknown(let error):
            return .unknown(error)
        }
    }

    /// Reconciles one release intent: released once the complete owned list lacks the number.
    static func reconcileRelease(
        _ intent: JournalEntry, provider: any NumberProvider, journal: PurchaseJournal, clock: ModelClock
    ) async -> ReleaseOutcome {
        switch await sight(intent, provider: provider) {
        case .listed:
            try? journal.append(intent.followed(by: .reconciledNotReleased, at: clock.date(), message: "still in the owned list"))
            return .notReleased
        case .absent:
            try? journal.append(intent.followed(by: .reconciledReleased, at: clock.date(), message: "no longer in the owned list"))
            return .released(ReleaseReceipt(provider: provider.kind, e164: intent.e164, message: "no longer in the owned list"), reconciled: true)
        case .unknown(let error):
            return .unknown(error)
        }
    }

    /// Reconciles every unresolved intent in `journal` made by one of `sessions` (same provider,
    /// account and endpoint) whose lock no other process holds; one line per intent, and one
    /// for unreadable journal lines.
    static func reconcileUnresolved(
        journal: PurchaseJournal, sessions: [ProfileSession], clock: ModelClock
    ) async -> [AppMessageDraft] {
        let contents: JournalContents
        do {
            contents = try journal.read()
        } catch {
            return [AppMessageDraft(level: .error, text: DialtoneError.wrapping(error).description)]
        }
        var messages = contents.warning(path: journal.path).map { [AppMessageDraft(level: .error, text: $0)] } ?? []
        for intent in contents.unresolvedIntents {
            if let message = await settle(intent, journal: journal, sessions: sessions, clock: clock) {
                messages.append(message)
            }
        }
        return messages
    }

    /// Settles one earlier intent; `nil` when there is nothing to say (another run settled it).
    private static func settle(
        _ intent: JournalEntry, journal: PurchaseJournal, sessions: [ProfileSession], clock: ModelClock
    ) async -> AppMessageDraft? {
        let action = intent.kind == .release ? "release" : "purchase"
        let what = "earlier \(action) of \(NumberFormatting.readable(intent.e164)) (\(intent.profile))"
        guard let session = sessions.first(where: { $0.made(intent) }) else {
            return AppMessageDraft(
                level: .error,
                text: "\(what): outcome unknown; no configured profile has its account and endpoint "
                    + "(\(intent.provider.displayName) \(Redactor.maskIdentifier(intent.accountID)) at \(intent.endpoint ?? "an unrecorded endpoint"))")
        }
        let lock: IntentLock
        do {
            guard let held = try journal.tryLockIntent(intent.id) else {
                return AppMessageDraft(level: .info, text: "\(what): in flight in another dialtone; left to it")
            }
            lock = held
        } catch {
            return AppMessageDraft(level: .error, text: "\(what): \(DialtoneError.wrapping(error).description)")
        }
        defer { lock.release() }
        // Its sender may have written the outcome between our read and our lock.
        if (try? journal.read().isResolved(intent.id)) == true { return nil }
        let (summary, isUnknown): (String, Bool)
        if intent.kind == .release {
            let outcome = await reconcileRelease(intent, provider: session.provider, journal: journal, clock: clock)
            (summary, isUnknown) = (outcome.summary, outcome.isUnknown)
        } else {
            let outcome = await reconcile(intent, provider: session.provider, journal: journal, clock: clock)
            if case .unknown = outcome { (summary, isUnknown) = (outcome.summary, true) } else { (summary, isUnknown) = (outcome.summary, false) }
        }
        return AppMessageDraft(level: isUnknown ? .error : .info, text: "\(what): \(summary)")
    }
}

/// A message produced away from the app model, stamped when the app model posts it.
public struct AppMessageDraft: Sendable, Hashable {
    public var level: AppMessage.Level
    public var text: String
}
