import DialtoneCore
import Foundation

extension OwnedCosts {
    /// Groups `numbers` by currency, then by provider, account, country and type.
    ///
    /// One pass over the numbers adds each fee once, into the group of every trait it has at
    /// once (a few hundred groups for 100 000 numbers); the four breakdowns are then summed from
    /// those groups, so the cost grows with the numbers only once.
    public init<Numbers: Sequence>(_ numbers: Numbers) where Numbers.Element == OwnedNumber {
        var groups: [Traits: Sums] = [:]
        for number in numbers {
            numberCount += 1
            guard let fee = number.monthlyFee else {
                unpricedCount += 1
                continue
            }
            let traits = Traits(
                currency: fee.currency, provider: number.provider, account: number.accountID ?? "", country: number.country,
                type: number.type)
            groups[traits, default: Sums()].add(fee.amount, routesNowhere: number.routesNowhere)
        }
        let byCurrency = Dictionary(grouping: groups, by: \.key.currency)
        currencies = byCurrency.keys.sorted().map { currency in
            Self.costs(of: byCurrency[currency]!, currency: currency)
        }
    }

    /// The traits a number is grouped by.
    private struct Traits: Hashable {
        var currency: String
        var provider: ProviderKind
        var account: String
        var country: String
        var type: NumberType

        func value(_ dimension: CostDimension) -> String {
            switch dimension {
            case .provider: provider.rawValue
            case .account: account
            case .country: country
            case .type: type.rawValue
            }
        }
    }

    /// Running sums of one group.
    private struct Sums {
        var total = Decimal(0)
        var routesNowhere = Decimal(0)
        var count = 0

        mutating func add(_ amount: Decimal, routesNowhere nowhere: Bool) {
            total += amount
            if nowhere { routesNowhere += amount }
            count += 1
        }

        mutating func add(_ other: Sums) {
            total += other.total
            routesNowhere += other.routesNowhere
            count += other.count
        }
    }

    private static func costs(of groups: [(key: Traits, value: Sums)], currency: String) -> CurrencyCosts {
        var all = Sums()
        for group in groups { all.add(group.value) }
        let breakdowns = CostDimension.allCases.map { dimension in
            var sums: [String: Sums] = [:]
            for group in groups { sums[group.key.value(dimension), default: Sums()].add(group.value) }
            let buckets = sums.map { value, sum in
                bucket(key: CostLabels.key(value, in: dimension), label: CostLabels.label(value, in: dimension), sum, currency: currency)
            }
            return CostBreakdown(dimension: dimension, buckets: buckets.sorted(by: Self.largestFirst))
        }
        return CurrencyCosts(currency: currency, total: bucket(key: "", label: "all", all, currency: currency), breakdowns: breakdowns)
    }

    private static func bucket(key: String, label: String, _ sums: Sums, currency: String) -> CostBucket {
        CostBucket(
            key: key, label: label, total: Money(sums.total, currency), routesNowhere: Money(sums.routesNowhere, currency),
            count: sums.count)
    }

    /// Largest total first; equal totals by label, so the order never changes between loads.
    private static func largestFirst(_ lhs: CostBucket, _ rhs: CostBucket) -> Bool {
        lhs.total.amount != rhs.total.amount ? lhs.total.amount > rhs.total.amount : lhs.label < rhs.label
    }
}
