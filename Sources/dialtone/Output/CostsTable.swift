import DialtoneCore
import DialtoneViewModels

/// `dialtone costs` for people: a small table per currency, then one per currency of the
/// journal's months. What is left out of every total goes to stderr, so stdout stays figures.
enum CostsTable {
    static func print(_ report: CostReport, output: @escaping (String) -> Void = { Swift.print($0, terminator: "") }) {
        var first = true
        func heading(_ text: String) {
            output((first ? "" : "\n") + text + "\n")
            first = false
        }
        for currency in report.owned.currencies {
            let all = currency.total
            let nowhere = all.routesNowhere.isZero ? "" : " · routes nowhere \(all.routesNowhere.formatted())"
            heading("\(all.total.formatted()) a month · \(Plural.count(all.count, "number"))\(nowhere)")
            var writer = RecordWriter(format: .table, output: output)
            writer.write(currency.breakdowns.flatMap { breakdown in
                breakdown.buckets.map { bucket in
                    Record(fields: [
                        ("group", breakdown.dimension.rawValue), ("name", bucket.label), ("monthly", Records.amount(bucket.total)),
                        ("routes_nowhere", Records.amount(bucket.routesNowhere)), ("numbers", String(bucket.count)),
                    ])
                }
            })
        }
        for currency in report.months.currencies {
            heading("\(currency.currency) in the last 12 months · purchases \(currency.purchaseTotal.formatted()) · releases \(currency.releaseTotal.formatted())")
            var writer = RecordWriter(format: .table, output: output)
            writer.write(report.months.months.indices.map { index in
                Record(fields: [
                    ("month", report.months.months[index].iso),
                    ("purchases", Records.amount(Money(currency.purchases[index], currency.currency))),
                    ("releases", Records.amount(Money(currency.releases[index], currency.currency))),
                ])
            })
        }
        var notes = [Plural.count(report.owned.numberCount, "number")]
        if report.owned.unpricedCount > 0 { notes.append("\(Plural.count(report.owned.unpricedCount, "number")) with no monthly fee stated: in no total") }
        if report.months.currencies.isEmpty { notes.append("no purchases or releases in the last 12 months") }
        StandardError.write(notes.joined(separator: " · "))
    }
}
