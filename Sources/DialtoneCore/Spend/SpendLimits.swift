import Foundation

/// A profile's spend limits: at most so much charged now per local day and per local month,
/// each in its own currency. A limit applies only to purchases in its currency (Dialtone
/// invents no exchange rates).
public struct SpendLimits: Sendable, Hashable {
    /// The most charged now from midnight to midnight, local time.
    public var daily: Money?
    /// The most charged now from the first of the month, local time.
    public var monthly: Money?

    public init(daily: Money? = nil, monthly: Money? = nil) {
        self.daily = daily
        self.monthly = monthly
    }

    /// No limit at all.
    public var isEmpty: Bool { daily == nil && monthly == nil }

    /// These limits, each falling back to the one in `defaults` when not set.
    public func merged(over defaults: SpendLimits) -> SpendLimits {
        SpendLimits(daily: daily ?? defaults.daily, monthly: monthly ?? defaults.monthly)
    }

    /// `"USD 50.00"` or `"50 usd"` → `Money`; `nil` when it is not a non-negative amount with a
    /// three-letter currency code.
    public static func amount(_ text: String) -> Money? {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard words.count == 2 else { return nil }
        let isCode = { (word: String) in word.count == 3 && word.allSatisfy(\.isLetter) && word.allSatisfy(\.isASCII) }
        let (code, figure) = isCode(words[0]) ? (words[0], words[1]) : (words[1], words[0])
        guard isCode(code), let value = LenientNumber.decimal(figure), value >= 0 else { return nil }
        return Money(value, code)
    }
}
