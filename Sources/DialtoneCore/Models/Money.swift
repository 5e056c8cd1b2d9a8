import Foundation

/// An amount of money in one ISO 4217 currency. Always `Decimal`, never floating point.
public struct Money: Sendable, Hashable, Codable, CustomStringConvertible {
    public var amount: Decimal
    /// ISO 4217 code, upper case (`USD`, `INR`, `EUR`).
    public var currency: String

    public init(_ amount: Decimal, _ currency: String) {
        self.amount = amount
        self.currency = currency.uppercased()
    }

    /// `text` upper-cased when it is an ISO 4217 code: exactly three ASCII letters (`"inr"` →
    /// `"INR"`); `nil` for anything else (`"INR "`, `"RS"`, `""`).
    public static func currencyCode(_ text: String) -> String? {
        let code = text.uppercased()
        guard code.unicodeScalars.count == 3, code.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else { return nil }
        return code
    }

    /// Zero in `currency`.
    public static func zero(_ currency: String) -> Money { Money(0, currency) }

    public var isZero: Bool { amount.isZero }

    /// `"USD 0.80"`: the currency code first, at least two decimals, at most four, grouped thousands.
    public var description: String { formatted() }

    /// Formats with the currency code; `grouping` adds thousands separators.
    public func formatted(grouping: Bool = true) -> String {
        "\(currency) \(MoneyFormatter.string(amount, grouping: grouping))"
    }

    /// Adds two amounts of the same currency; `nil` when the currencies differ.
    public func adding(_ other: Money) -> Money? {
        guard other.currency == currency else { return nil }
        return Money(amount + other.amount, currency)
    }

    /// This amount times a whole count (e.g. months of a commitment).
    public func times(_ count: Int) -> Money { Money(amount * Decimal(count), currency) }
}

/// Decimal → text with a fixed `.` separator, independent of the process locale.
enum MoneyFormatter {
    static func string(_ value: Decimal, grouping: Bool) -> String {
        var rounded = Decimal()
        var input = value
        NSDecimalRound(&rounded, &input, 4, .bankers)
        let negative = rounded < 0
        let plain = (negative ? -rounded : rounded).description  // "1234.5", "0.008", "12"
        let parts = plain.split(separator: ".", maxSplits: 1)
        var whole = String(parts[0])
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        while fraction.count < 2 { fraction += "0" }
        if grouping, whole.count > 3 {
            var grouped = ""
            for (index, digit) in whole.reversed().enumerated() {
                if index > 0, index % 3 == 0 { grouped.append(",") }
                grouped.append(digit)
            }
            whole = String(grouped.reversed())
        }
        return (negative ? "-" : "") + whole + "." + fraction
    }
}
