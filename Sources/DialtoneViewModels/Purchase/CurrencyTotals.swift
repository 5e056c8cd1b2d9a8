import DialtoneCore
import Foundation

/// Amounts summed per currency, never across currencies (no invented exchange rates), and how
/// many amounts were unknown.
public struct CurrencyTotals: Sendable, Hashable {
    /// One total per currency, by currency code.
    public private(set) var totals: [Money] = []
    /// Amounts that were not stated (a fee the provider did not send).
    public private(set) var unknownCount = 0

    /// Sums `amounts`; `nil` counts as unknown.
    public init(_ amounts: [Money?] = []) {
        var sums: [String: Decimal] = [:]
        for amount in amounts {
            guard let amount else { unknownCount += 1; continue }
            sums[amount.currency, default: 0] += amount.amount
        }
        totals = sums.keys.sorted().map { Money(sums[$0]!, $0) }
    }

    /// The total in `currency`, when any amount was in it.
    public func total(in currency: String) -> Money? { totals.first { $0.currency == currency.uppercased() } }

    /// `"USD 5.40 + INR 300.00"`, with `+ 1 unknown` when amounts were not stated.
    public var summary: String {
        var parts = totals.map(\.description)
        if unknownCount > 0 { parts.append("\(unknownCount) unknown") }
        return parts.isEmpty ? "nothing" : parts.joined(separator: " + ")
    }
}
