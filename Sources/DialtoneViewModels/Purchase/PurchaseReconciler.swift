import DialtoneCore
import Foundation

/// Learns how an unanswered purchase ended by reading the owned list, and journals the answer.
///
/// The rule is DESIGN §3.4: the number is in the account's owned list → bought; otherwise not
/// bought. When the list cannot be read the intent stays unresolved for the next start.
enum PurchaseReconciler {
    /// Reconciles one intent against `provider`'s owned list and appends the `reconciled_*` line.
    static func reconcile(
        _ intent: JournalEntry, provider: any NumberProvider, journal: PurchaseJournal, clock: ModelClock
    ) async -> PurchaseOutcome {
        let owned: [OwnedNumber]
        do {
            owned = try await provider.ownedNumbers(.all)
        } catch {
            return .unknown(.wrapping(error, provider: provider.kind))
        }
        guard let match = owned.first(where: { $0.e164 == intent.e164 }) else {
            // A failed write leaves the intent unresolved; the next start reconciles it again.
            try? journal.append(intent.followed(by: .reconciledNotBought, at: clock.date(), message: "not in the owned list"))
            return .notBought
        }
        try? journal.append(intent.followed(by: .reconciledBought, at: clock.date(), message: "found in the owned list"))
        let receipt = PurchaseReceipt(
            provider: provider.kind, e164: match.e164, status: match.status, message: "found in the owned list",
            accountID: match.accountID, monthlyFee: match.monthlyFee)
        return .bought(receipt, reconciled: true)
    }

    /// Reconciles every unresolved intent in `journal` whose profile is configured; one line per
    /// intent for the message log.
    static func reconcileUnresolved(
        journal: PurchaseJournal, sessions: [ProfileSession], clock: ModelClock
    ) async -> [AppMessageDraft] {
        let intents: [JournalEntry]
        do {
            intents = try journal.unresolvedIntents()
        } catch {
            return [AppMessageDraft(level: .error, text: DialtoneError.wrapping(error).description)]
        }
        var messages: [AppMessageDraft] = []
        for intent in intents {
            let what = "earlier purchase of \(NumberFormatting.readable(intent.e164)) (\(intent.profile))"
            guard let session = session(for: intent, in: sessions) else {
                messages.append(AppMessageDraft(level: .error, text: "\(what): outcome unknown; profile not configured"))
                continue
            }
            let outcome = await reconcile(intent, provider: session.provider, journal: journal, clock: clock)
            let level: AppMessage.Level = if case .unknown = outcome { .error } else { .info }
            messages.append(AppMessageDraft(level: level, text: "\(what): \(outcome.summary)"))
        }
        return messages
    }

    /// The configured profile an intent was made under: same name and provider, else same provider and account.
    private static func session(for intent: JournalEntry, in sessions: [ProfileSession]) -> ProfileSession? {
        let sameProvider = sessions.filter { $0.provider.kind == intent.provider }
        return sameProvider.first { $0.name == intent.profile }
            ?? sameProvider.first { Redactor.maskIdentifier($0.provider.accountID) == intent.account }
    }
}

/// A message produced away from the app model, stamped when the app model posts it.
public struct AppMessageDraft: Sendable, Hashable {
    public var level: AppMessage.Level
    public var text: String
}
