import DialtoneCore
import Foundation

/// The order of a list of owned rows under an `OwnedSort`, computed from integer keys.
///
/// Sorting 100 000 rows by comparing their `String`s and `Decimal`s costs seconds; each row's
/// sort fields are ranked once instead (a few distinct providers, countries, statuses and fees)
/// and its number packed into an integer, so the sort compares pairs of integers. Ties fall back
/// to the number, as `OwnedSort.orders` does.
enum OwnedSortOrder {
    /// Positions of `rows` in `sort` order.
    static func positions(of rows: [OwnedRow], by sort: OwnedSort) -> [Int] {
        let numbers = rows.map { packed($0.number.e164) }
        guard !numbers.contains(nil) else {
            // A number that is not `+` and up to 15 digits: compare the rows themselves.
            return rows.indices.sorted { sort.orders(rows[$0], before: rows[$1]) }
        }
        let major: [UInt64]
        switch sort {
        case .provider: major = ranks(rows.map(\.number.provider.rawValue))
        case .number: major = []
        case .country: major = ranks(rows.map(\.number.country))
        case .status: major = ranks(rows.map(\.number.status.rawValue))
        case .monthlyFee: major = ranks(rows.map { $0.number.monthlyFee?.amount ?? 0 })
        }
        let keys: [(UInt64, UInt64)] = major.isEmpty
            ? numbers.map { ($0!, 0) } : zip(major, numbers).map { ($0, $1!) }
        return keys.withUnsafeBufferPointer { keys in
            Array(rows.indices).sorted { keys[$0] < keys[$1] }
        }
    }

    /// Each value's rank among the distinct values.
    private static func ranks<Value: Comparable & Hashable>(_ values: [Value]) -> [UInt64] {
        let distinct = Set(values).sorted()
        let rank = Dictionary(uniqueKeysWithValues: distinct.enumerated().map { ($1, UInt64($0)) })
        return values.map { rank[$0]! }
    }

    /// `+` and 1–15 digits as four bits a digit (digit + 1, zero-padded), so integer order is the
    /// strings' order; `nil` for anything else.
    static func packed(_ e164: String) -> UInt64? {
        var key: UInt64 = 0
        var count = 0
        var utf8 = e164.utf8.makeIterator()
        guard utf8.next() == UInt8(ascii: "+") else { return nil }
        while let byte = utf8.next() {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), count < 15 else { return nil }
            key = key << 4 | UInt64(byte - UInt8(ascii: "0") + 1)
            count += 1
        }
        guard count > 0 else { return nil }
        return key << (4 * UInt64(16 - count))
    }
}
