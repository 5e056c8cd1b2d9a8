import DialtoneCore
import Foundation

/// One line of the Costs screen, as values: the screen decides glyphs, widths and colours.
public enum CostsLine: Sendable, Equatable {
    /// A currency's heading: all its numbers, their monthly total and the part routing nowhere.
    case currency(CostBucket)
    /// `By provider`, `Last 12 months`.
    case heading(String)
    /// One group's bar, drawn on `scale` (the currency's largest bucket).
    case bar(CostBucket, scale: Decimal)
    /// One currency's series of 12 months as a sparkline, with its total.
    case trend(MonthTrend)
    /// The months under the sparklines, oldest first (`Jan 2026`, `Feb 2026`, …).
    case monthAxis([String])
    case note(String)
    case blank
}

/// A sparkline's values: purchases or releases of one currency, oldest month first.
public struct MonthTrend: Sendable, Equatable {
    /// The currency code on the series' first line, `nil` on the ones after it.
    public var currency: String?
    /// `purchases`, `releases`.
    public var label: String
    public var values: [Decimal]
    public var total: Money

    public init(currency: String?, label: String, values: [Decimal], total: Money) {
        self.currency = currency
        self.label = label
        self.values = values
        self.total = total
    }
}
