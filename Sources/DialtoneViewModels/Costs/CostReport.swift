import DialtoneCore
import Foundation

/// What owned numbers cost each month, and what the journal shows spent in the last 12 months,
/// per currency: amounts in different currencies are never added together.
public struct CostReport: Sendable, Equatable {
    /// Monthly fees of the owned numbers.
    public var owned: OwnedCosts
    /// Purchases and release fees of the last 12 months.
    public var months: JournalMonths

    public init(owned: OwnedCosts, months: JournalMonths) {
        self.owned = owned
        self.months = months
    }

    /// The report of `numbers` and `journal`, with months ending at the one `now` falls in,
    /// counted in `calendar` (the spend limits' zone).
    public init(numbers: [OwnedNumber], journal: JournalContents, now: Date, calendar: Calendar) {
        self.init(owned: OwnedCosts(numbers), months: JournalMonths(journal, endingAt: now, calendar: calendar))
    }
}

/// The monthly fees of a set of owned numbers, one `CurrencyCosts` per currency.
public struct OwnedCosts: Sendable, Equatable {
    /// By currency code.
    public var currencies: [CurrencyCosts] = []
    /// Every number counted, with or without a fee.
    public var numberCount = 0
    /// Numbers whose provider states no monthly fee: in no total (never counted as zero).
    public var unpricedCount = 0

    public init() {}
}

/// What the numbers charged in one currency cost per month, grouped four ways.
public struct CurrencyCosts: Sendable, Equatable {
    public var currency: String
    /// All of them together.
    public var total: CostBucket
    /// By provider, account, country and type, in `CostDimension.allCases` order.
    public var breakdowns: [CostBreakdown]

    public init(currency: String, total: CostBucket, breakdowns: [CostBreakdown]) {
        self.currency = currency
        self.total = total
        self.breakdowns = breakdowns
    }

    /// The largest bucket of any breakdown: the one scale every bar of this currency is drawn on.
    public var largestBucket: Decimal {
        breakdowns.lazy.flatMap(\.buckets).map(\.total.amount).max() ?? 0
    }
}

/// What numbers are grouped by.
public enum CostDimension: String, Sendable, Hashable, CaseIterable {
    case provider, account, country, type

    /// `By provider`, for headings.
    public var title: String { "By \(rawValue)" }
}

/// One grouping of a currency's numbers, largest total first.
public struct CostBreakdown: Sendable, Equatable {
    public var dimension: CostDimension
    public var buckets: [CostBucket]

    public init(dimension: CostDimension, buckets: [CostBucket]) {
        self.dimension = dimension
        self.buckets = buckets
    }
}

/// The numbers of one group: their monthly total and the part of it paid for numbers that route
/// nowhere (no trunk, no application: they answer no call).
public struct CostBucket: Sendable, Equatable {
    /// Stable for scripts: `vobiz`, `IN`, `local`, the masked account; empty when not stated.
    public var key: String
    /// For people: `Vobiz`, `IN India`, `local`, `not stated`.
    public var label: String
    public var total: Money
    public var routesNowhere: Money
    public var count: Int

    public init(key: String, label: String, total: Money, routesNowhere: Money, count: Int) {
        self.key = key
        self.label = label
        self.total = total
        self.routesNowhere = routesNowhere
        self.count = count
    }
}
