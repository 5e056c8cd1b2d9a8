import Foundation

/// Money inside the sandbox: an exact count of 1/100 000 of a currency unit.
///
/// Five decimals is Plivo's wire precision (`"0.80000"`), and fits every Vobiz and Agni amount, so
/// one integer scale serves all three providers and SQLite sums it exactly.
struct MinorUnits: Hashable, Comparable, Sendable {
    /// Units per whole currency unit.
    static let scale: Int64 = 100_000

    var value: Int64

    init(_ value: Int64) { self.value = value }

    /// Whole units plus a fraction written as hundred-thousandths: `MinorUnits(units: 1, e5: 50_000)` is 1.5.
    init(units: Int64, e5: Int64 = 0) { self.value = units * Self.scale + e5 }

    static let zero = MinorUnits(0)

    /// `amount` in minor units; `nil` when it has more than five decimals or is out of range.
    init?(exactly amount: Decimal) {
        var scaled = amount * Decimal(Self.scale)
        var rounded = Decimal()
        NSDecimalRound(&rounded, &scaled, 0, .plain)
        guard rounded == scaled, abs(rounded) < Decimal(Int64.max / 2) else { return nil }
        self.value = NSDecimalNumber(decimal: rounded).int64Value
    }

    static func < (lhs: MinorUnits, rhs: MinorUnits) -> Bool { lhs.value < rhs.value }
    static func + (lhs: MinorUnits, rhs: MinorUnits) -> MinorUnits { MinorUnits(lhs.value + rhs.value) }
    static func - (lhs: MinorUnits, rhs: MinorUnits) -> MinorUnits { MinorUnits(lhs.value - rhs.value) }

    /// The exact decimal amount.
    var decimal: Decimal { Decimal(value) / Decimal(Self.scale) }

    /// Plivo's money string: always five decimals, e.g. `"0.80000"`.
    var fiveDecimals: String {
        let sign = value < 0 ? "-" : ""
        let magnitude = value.magnitude
        let whole = magnitude / UInt64(Self.scale)
        let fraction = String(magnitude % UInt64(Self.scale))
        return "\(sign)\(whole).\(String(repeating: "0", count: 5 - fraction.count))\(fraction)"
    }

    /// The amount rounded half-up to a whole number (Agni's integer prices).
    var roundedWhole: Int64 { (value + Self.scale / 2) / Self.scale }
}
