import DialtoneCore
import Foundation

/// Spend limits: what the dialog says about them (the check under the journal's lock is the
/// broker's).
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
}
