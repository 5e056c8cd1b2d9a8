import Foundation

/// The stretch of time a spend limit covers, in the limits' zone.
public enum SpendPeriod: String, Sendable, Hashable, CaseIterable {
    case day, month

    /// `daily`, `monthly`: as in the config keys and the refusals.
    public var limitName: String { self == .day ? "daily" : "monthly" }

    /// `today`, `this month`.
    public var spentName: String { self == .day ? "today" : "this month" }

    /// Midnight of `date`'s day, or of the first of its month, in `calendar`'s zone.
    public func start(of date: Date, calendar: Calendar) -> Date {
        let components: Set<Calendar.Component> = self == .day ? [.year, .month, .day] : [.year, .month]
        return calendar.date(from: calendar.dateComponents(components, from: date)) ?? date
    }
}

/// Where one limit stands: how much of it the journal shows spent in its period.
public struct SpendStanding: Sendable, Hashable {
    public var period: SpendPeriod
    public var limit: Money
    public var spent: Money

    public init(period: SpendPeriod, limit: Money, spent: Money) {
        self.period = period
        self.limit = limit
        self.spent = spent
    }

    /// `"spent today USD 3.00 of USD 10.00"`.
    public var summary: String { "spent \(period.spentName) \(spent) of \(limit)" }

    /// How far a further `charge` would take the spend past the limit; `nil` when it fits.
    public func excess(after charge: Decimal) -> Money? {
        let over = spent.amount + charge - limit.amount
        return over > 0 ? Money(over, limit.currency) : nil
    }
}

extension SpendLimits {
    /// The standing of each limit in `currency` at `now`, daily first; every limit's when the
    /// currency is unknown (empty), since the charge could be in any. Counts the purchases of
    /// `contents` that `matches` (the same account) as `JournalContents.spent` does, each
    /// period counted in `timeZone`.
    public func standings(
        currency: String, in contents: JournalContents, now: Date, matching matches: (JournalEntry) -> Bool
    ) -> [SpendStanding] {
        [(SpendPeriod.day, daily), (.month, monthly)].compactMap { period, limit in
            guard let limit, currency.isEmpty || limit.currency == currency.uppercased() else { return nil }
            let since = period.start(of: now, calendar: calendar)
            let spent = contents.spent(currency: limit.currency, since: since, matching: matches)
            return SpendStanding(period: period, limit: limit, spent: Money(spent, limit.currency))
        }
    }

    /// Why a purchase charging `charge` now in `currency` must not be sent, with the figures;
    /// `nil` when every limit in its currency holds. An unknown charge is refused while a limit
    /// in its currency applies, and one in an unknown currency while any limit does: it could
    /// pass any limit.
    public func refusal(
        charge: Decimal?, currency: String, in contents: JournalContents, now: Date, matching matches: (JournalEntry) -> Bool
    ) -> String? {
        let standings = standings(currency: currency, in: contents, now: now, matching: matches)
        guard let charge, !currency.isEmpty else {
            guard let first = standings.first else { return nil }
            let unstated = currency.isEmpty ? "its currency" : "a fee"
            return "the charge is unknown (\(unstated) was not stated), so the \(first.period.limitName) limit of \(first.limit) cannot be kept"
        }
        for standing in standings {
            if let excess = standing.excess(after: charge) {
                return "would pass the \(standing.period.limitName) limit by \(excess) (\(standing.summary); this purchase \(Money(charge, standing.limit.currency)))"
            }
        }
        return nil
    }
}
