import DialtoneCore
import DialtoneViewModels
import Foundation

/// The Costs figures as records of one shape, for JSON lines and CSV: a row per group of owned
/// numbers (`kind` `monthly`) and per month of the journal (`purchases`, `releases`).
enum CostsRecords {
    static func all(_ report: CostReport) -> [Record] {
        var records: [Record] = []
        for currency in report.owned.currencies {
            records.append(monthly(currency.total, group: "total"))
            for breakdown in currency.breakdowns {
                records += breakdown.buckets.map { monthly($0, group: breakdown.dimension.rawValue) }
            }
        }
        for currency in report.months.currencies {
            for (series, values) in [("purchases", currency.purchases), ("releases", currency.releases)] {
                records += zip(report.months.months, values).map { month, value in
                    record(series, currency: currency.currency, group: "month", key: month.iso, label: month.name,
                           amount: Money(value, currency.currency), routesNowhere: "", numbers: "")
                }
            }
        }
        return records
    }

    private static func monthly(_ bucket: CostBucket, group: String) -> Record {
        record(
            "monthly", currency: bucket.total.currency, group: group, key: bucket.key, label: bucket.label, amount: bucket.total,
            routesNowhere: Records.amount(bucket.routesNowhere), numbers: String(bucket.count))
    }

    private static func record(
        _ kind: String, currency: String, group: String, key: String, label: String, amount: Money, routesNowhere: String, numbers: String
    ) -> Record {
        Record(fields: [
            ("kind", kind), ("currency", currency), ("group", group), ("key", key), ("label", label),
            ("amount", Records.amount(amount)), ("routes_nowhere", routesNowhere), ("numbers", numbers),
        ])
    }
}
