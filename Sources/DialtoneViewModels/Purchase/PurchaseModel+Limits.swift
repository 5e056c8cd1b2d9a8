import DialtoneCore
import Foundation

/// Spend limits: what the dialog says about them, and the check made under the journal's lock.
extension PurchaseModel {
    /// The quote with where the session's limits stand for its number, and why it must not be
    /// bought when it would pass one (or its charge is unknown while one applies).
    func withSpend(_ quote: PurchaseQuote, session: ProfileSession) -> PurchaseQuote {
        let limits = session.spendLimits
        guard !limits.isEmpty else { return quote }
        var quote = quote
        let currency = quote.number.currency
        do {
            let contents = try journal.read()
            quote.spend = limits.standings(currency: currency, in: contents, now: clock.date(), matching: session.made)
            quote.limitRefusal = limits.refusal(
                charge: quote.chargedNow?.amount, currency: currency, in: contents, now: clock.date(), matching: session.made)
        } catch {
            quote.limitRefusal = "the journal cannot be read, so the spend limits cannot be checked"
        }
        return quote
    }

    /// The check `PurchaseJournal.append` runs under its exclusive lock before the intent is
    /// written: it sees every purchase another process journalled meanwhile.
    func limitCheck(for number: PhoneNumber, session: ProfileSession) -> (JournalContents) throws -> Void {
        Self.limitCheck(for: number, session: session, now: clock.date())
    }

    /// The same check at `now`, for a purchase of a batch.
    static func limitCheck(for number: PhoneNumber, session: ProfileSession, now: Date) -> (JournalContents) throws -> Void {
        let (limits, kind) = (session.spendLimits, session.provider.kind)
        return { contents in
            if let refusal = limits.refusal(
                charge: number.chargedNow?.amount, currency: number.currency, in: contents, now: now, matching: session.made) {
                throw DialtoneError(.spendLimit, provider: kind, detail: refusal)
            }
        }
    }
}
