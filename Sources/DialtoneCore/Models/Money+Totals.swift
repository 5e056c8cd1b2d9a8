import Foundation

extension Money {
    /// Sums per currency, one `Money` per currency, sorted by currency code.
    public static func totals<S: Sequence>(_ amounts: S) -> [Money] where S.Element == Money {
        var sums: [String: Decimal] = [:]
        for money in amounts { sums[money.currency, default: 0] += money.amount }
        return sums.keys.sorted().map { Money(sums[$0]!, $0) }
    }
}
