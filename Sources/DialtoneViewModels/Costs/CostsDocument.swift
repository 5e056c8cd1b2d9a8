import DialtoneCore
import Foundation

/// The Costs screen's lines, built once per report so scrolling only picks a slice of them.
enum CostsDocument {
    /// Groups shown per breakdown; the rest are summed into one `N more` bar.
    static let bucketsShown = 6

    /// Every line: each currency's breakdowns, then the journal's last 12 months.
    static func lines(owned: OwnedCosts?, months: JournalMonths, journalProblem: String?) -> [CostsLine] {
        var lines: [CostsLine] = []
        if let owned {
            for currency in owned.currencies { lines += self.currency(currency) + [.blank] }
            if owned.numberCount == 0 { lines += [.note("no owned numbers"), .blank] }
            if owned.unpricedCount > 0 {
                let count = Plural.count(owned.unpricedCount, "number")
                lines += [.note("\(count) with no monthly fee stated: in no total"), .blank]
            }
        } else {
            lines += [.note("adding up the owned numbers…"), .blank]
        }
        lines.append(.heading("Last 12 months (journal): purchases charged now, release fees less refunds"))
        if let journalProblem { lines.append(.note(journalProblem)) }
        guard !months.currencies.isEmpty else { return lines + [.note("no purchases or releases in these months")] }
        for currency in months.currencies {
            lines.append(.trend(MonthTrend(currency: currency.currency, label: "purchases", values: currency.purchases, total: currency.purchaseTotal)))
            lines.append(.trend(MonthTrend(currency: nil, label: "releases", values: currency.releases, total: currency.releaseTotal)))
        }
        lines.append(.monthAxis(months.months.map(\.name)))
        return lines
    }

    private static func currency(_ costs: CurrencyCosts) -> [CostsLine] {
        let scale = costs.largestBucket
        var lines: [CostsLine] = [.currency(costs.total)]
        for breakdown in costs.breakdowns {
            lines.append(.heading(breakdown.dimension.title))
            lines += shown(breakdown.buckets).map { .bar($0, scale: scale) }
        }
        return lines
    }

    /// The largest buckets, and the others summed into one.
    private static func shown(_ buckets: [CostBucket]) -> [CostBucket] {
        guard buckets.count > bucketsShown + 1 else { return buckets }
        let rest = buckets[bucketsShown...]
        let currency = rest.first!.total.currency
        let others = CostBucket(
            key: "", label: "\(rest.count) more", total: Money(rest.reduce(0) { $0 + $1.total.amount }, currency),
            routesNowhere: Money(rest.reduce(0) { $0 + $1.routesNowhere.amount }, currency), count: rest.reduce(0) { $0 + $1.count })
        return Array(buckets.prefix(bucketsShown)) + [others]
    }
}
