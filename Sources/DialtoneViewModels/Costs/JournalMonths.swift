import DialtoneCore
import Foundation

/// The last 12 months of purchases and release fees in the journal, per currency.
///
/// Purchases count as the spend limits count them (`JournalContents.spent`: charged now, with
/// outcomes still unknown counted as spent); release fees net of refunds as
/// `JournalContents.releaseFees` counts them. A month is what was counted since its first day
/// less what was counted since the next month's.
public struct JournalMonths: Sendable, Equatable {
    /// The first moment of each month, oldest first; the last is the month `now` falls in.
    public var starts: [Date] = []
    /// The same months by name, in the calendar they were counted in.
    public var months: [YearMonth] = []
    /// Currencies with anything counted in these months, by currency code.
    public var currencies: [CurrencyMonths] = []

    /// How many months are shown.
    public static let count = 12

    public init() {}

    /// The 12 months ending with the one `now` falls in, in `calendar`'s zone.
    public init(_ journal: JournalContents, endingAt now: Date, calendar: Calendar) {
        let current = SpendPeriod.month.start(of: now, calendar: calendar)
        // Thirteen boundaries: each month's first day, and the next month's after the last.
        let boundaries = (-(Self.count - 1)...1).compactMap { calendar.date(byAdding: .month, value: $0, to: current) }
        guard boundaries.count == Self.count + 1 else { return }
        starts = Array(boundaries.dropLast())
        months = starts.map { YearMonth($0, calendar: calendar) }
        let named = Set(journal.entries.map { $0.currency.uppercased() }.filter { !$0.isEmpty })
        currencies = named.sorted().compactMap { currency in
            let purchases = Self.perMonth(boundaries) { journal.spent(currency: currency, since: $0, matching: { _ in true }) }
            let releases = Self.perMonth(boundaries) { journal.releaseFees(currency: currency, since: $0) }
            let months = CurrencyMonths(currency: currency, purchases: purchases, releases: releases)
            return months.isEmpty ? nil : months
        }
    }

    /// Each month's amount from a running sum `since` counts: the sum since its start less the
    /// sum since the next one's.
    private static func perMonth(_ boundaries: [Date], since counted: (Date) -> Decimal) -> [Decimal] {
        let sums = boundaries.map(counted)
        return zip(sums, sums.dropFirst()).map { $0 - $1 }
    }
}

/// One currency's 12 months, oldest first.
public struct CurrencyMonths: Sendable, Equatable {
    public var currency: String
    /// Charged now by purchases, per month.
    public var purchases: [Decimal]
    /// Release fees less refunds, per month.
    public var releases: [Decimal]

    public init(currency: String, purchases: [Decimal], releases: [Decimal]) {
        self.currency = currency
        self.purchases = purchases
        self.releases = releases
    }

    /// The 12 months' purchases together.
    public var purchaseTotal: Money { Money(purchases.reduce(0, +), currency) }
    /// The 12 months' release fees less refunds together.
    public var releaseTotal: Money { Money(releases.reduce(0, +), currency) }

    /// Nothing counted in any month.
    var isEmpty: Bool { (purchases + releases).allSatisfy(\.isZero) }
}

/// A month of a year, as the calendar it was counted in names it.
public struct YearMonth: Sendable, Hashable {
    public var year: Int
    /// 1 for January.
    public var month: Int

    public init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    init(_ date: Date, calendar: Calendar) {
        let parts = calendar.dateComponents([.year, .month], from: date)
        self.init(year: parts.year ?? 0, month: parts.month ?? 1)
    }

    /// `2026-01`, for scripts.
    public var iso: String { String(format: "%04d-%02d", year, month) }

    /// `Jan 2026`, in English whatever the locale, like every other word on the screen.
    public var name: String {
        let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(names[min(max(month, 1), 12) - 1]) \(year)"
    }
}
