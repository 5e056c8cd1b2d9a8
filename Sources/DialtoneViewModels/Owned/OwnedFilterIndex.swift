import DialtoneCore
import Foundation

/// What a filter keystroke reads, flattened once per load so the loop touches only bytes and
/// integers: every row's lowercased search text in one buffer, a status mask, the country, and
/// the monthly fee in exact integer units for totalling without `Decimal` arithmetic.
struct OwnedFilterIndex: Sendable {
    private struct Entry: Sendable {
        var start: Int32
        var length: Int32
        /// Bit `i` set when `OwnedStatusFilter.allCases[i]` admits the row.
        var statusMask: UInt8
        var country: UInt16
        /// Index into `currencies`, or `UInt8.max` when the row has no fee.
        var currency: UInt8
        /// The provider stated no monthly fee (counted apart, never as zero).
        var feeUnknown: Bool
        /// The fee × `feeScale`; `nil` in `inexactFees` when it has more decimals than that.
        var fee: Int64
    }

    private static let feeScale: Decimal = 100_000
    /// Between the fields of a row's search text, so no match spans two fields.
    private static let separator: UInt8 = 1
    private var text: [UInt8] = []
    private var entries: [Entry] = []
    private var currencies: [String] = []
    /// Fees that do not fit `feeScale` exactly, by row, summed as `Decimal`.
    private var inexactFees: [Int: Money] = [:]

    init() {}

    /// Builds the index for `rows` in their order (the search text is everything a filter may
    /// match: digits, readable form, place, label, status, type, provider, profile; the status
    /// mask holds every `OwnedStatusFilter`, whether the number routes nowhere included).
    init(_ rows: [OwnedRow]) {
        text.reserveCapacity(rows.count * 80)
        entries.reserveCapacity(rows.count)
        var currencyIndex: [String: UInt8] = [:]
        // Places, statuses, types and profiles repeat across thousands of rows: each is
        // lowercased once. The number's two forms are digits, spaces and `+` already.
        var lowered: [String: [UInt8]] = [:]
        func repeated(_ value: String) -> [UInt8] {
            if let bytes = lowered[value] { return bytes }
            let bytes = Array(value.lowercased().utf8)
            lowered[value] = bytes
            return bytes
        }
        for (position, row) in rows.enumerated() {
            let number = row.number
            let start = Int32(text.count)
            text += number.e164.utf8.lazy.filter { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
            text.append(Self.separator)
            text += NumberFormatting.readable(number.e164, country: number.country).lowercased().utf8
            for part in [number.country, number.region ?? "", number.city ?? ""] {
                text.append(Self.separator)
                text += repeated(part)
            }
            text.append(Self.separator)
            text += (number.label ?? "").lowercased().utf8
            for part in [number.status.label, number.type.label, number.provider.displayName, row.profile] {
                text.append(Self.separator)
                text += repeated(part)
            }
            var mask: UInt8 = 0
            for (bit, filter) in OwnedStatusFilter.allCases.enumerated() where filter.admits(number) { mask |= 1 << bit }
            var entry = Entry(start: start, length: Int32(text.count) - start, statusMask: mask,
                              country: Self.pack(number.country), currency: .max, feeUnknown: number.monthlyFee == nil, fee: 0)
            if let fee = number.monthlyFee, !fee.isZero {
                if currencyIndex[fee.currency] == nil, currencies.count < Int(UInt8.max) {
                    currencyIndex[fee.currency] = UInt8(currencies.count)
                    currencies.append(fee.currency)
                }
                if let index = currencyIndex[fee.currency], let scaled = Self.scaled(fee.amount) {
                    entry.currency = index
                    entry.fee = scaled
                } else {
                    inexactFees[position] = fee
                }
            }
            entries.append(entry)
        }
    }

    /// The positions among `candidates` whose row passes every filter.
    func filter(_ candidates: [Int], filter: OwnedFilter) -> [Int] {
        let needle = Array(filter.text.lowercased().utf8)
        let statusBit = UInt8(1) << UInt8(OwnedStatusFilter.allCases.firstIndex(of: filter.status) ?? 0)
        let country = filter.country.map(Self.pack)
        return text.withUnsafeBufferPointer { text in
            entries.withUnsafeBufferPointer { entries in
                candidates.filter { position in
                    let entry = entries[position]
                    return entry.statusMask & statusBit != 0
                        && (country == nil || entry.country == country)
                        && Self.contains(text, from: Int(entry.start), length: Int(entry.length), needle)
                }
            }
        }
    }

    /// Monthly cost per currency over `positions`, sorted by currency code.
    func totals(_ positions: [Int]) -> [Money] { costs(positions).totals }

    /// Monthly cost per currency over `positions`, sorted by currency code, and how many of
    /// them state no fee.
    func costs(_ positions: [Int]) -> (totals: [Money], unknown: Int) {
        var sums = [Int64](repeating: 0, count: currencies.count)
        var extra: [Money] = []
        var unknown = 0
        entries.withUnsafeBufferPointer { entries in
            for position in positions {
                let entry = entries[position]
                if entry.feeUnknown { unknown += 1 }
                if entry.currency != .max {
                    sums[Int(entry.currency)] &+= entry.fee
                } else if let fee = inexactFees[position] {
                    extra.append(fee)
                }
            }
        }
        let exact = zip(currencies, sums).filter { $0.1 != 0 }.map { Money(Decimal($0.1) / Self.feeScale, $0.0) }
        return (Money.totals(exact + extra), unknown)
    }

    /// Adds `other`'s rows after these (pages of a listing indexed as they arrive).
    mutating func append(_ other: OwnedFilterIndex) {
        let (textBase, rowBase) = (Int32(text.count), entries.count)
        let currencyMap: [UInt8] = other.currencies.map { currency in
            if let known = currencies.firstIndex(of: currency) { return UInt8(known) }
            guard currencies.count < Int(UInt8.max) else { return .max }
            currencies.append(currency)
            return UInt8(currencies.count - 1)
        }
        text += other.text
        entries.reserveCapacity(entries.count + other.entries.count)
        for (position, var entry) in other.entries.enumerated() {
            entry.start += textBase
            if entry.currency != .max {
                let mapped = currencyMap[Int(entry.currency)]
                if mapped == .max { inexactFees[rowBase + position] = Money(Decimal(entry.fee) / Self.feeScale, other.currencies[Int(entry.currency)]) }
                entry.currency = mapped
            }
            entries.append(entry)
        }
        for (position, fee) in other.inexactFees { inexactFees[rowBase + position] = fee }
    }

    /// How many rows are indexed.
    var count: Int { entries.count }

    /// The same index with rows put in `order` (positions in the old order).
    func reordered(_ order: [Int]) -> OwnedFilterIndex {
        var copy = self
        copy.entries = order.map { entries[$0] }
        copy.inexactFees = Dictionary(uniqueKeysWithValues: order.enumerated().compactMap { newPosition, old in
            inexactFees[old].map { (newPosition, $0) }
        })
        return copy
    }

    private static func pack(_ iso: String) -> UInt16 {
        let bytes = Array(iso.uppercased().utf8)
        guard bytes.count == 2 else { return 0 }
        return UInt16(bytes[0]) << 8 | UInt16(bytes[1])
    }

    private static func scaled(_ amount: Decimal) -> Int64? {
        var value = amount * feeScale
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 0, .plain)
        guard rounded == value, abs(rounded) < 1e15 else { return nil }
        return NSDecimalNumber(decimal: rounded).int64Value
    }

    private static func contains(_ text: UnsafeBufferPointer<UInt8>, from start: Int, length: Int, _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard needle.count <= length else { return false }
        return needle.withUnsafeBufferPointer { pattern in
            let first = pattern[0]
            var offset = start
            let lastStart = start + length - pattern.count
            while offset <= lastStart {
                if text[offset] == first {
                    var matched = 1
                    while matched < pattern.count, text[offset + matched] == pattern[matched] { matched += 1 }
                    if matched == pattern.count { return true }
                }
                offset += 1
            }
            return false
        }
    }
}
