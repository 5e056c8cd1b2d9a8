import Foundation

/// A profile's spend limits: at most so much charged now per day and per month of `timeZone`,
/// each in its own currency. A limit applies only to purchases in its currency (Dialtone
/// invents no exchange rates).
public struct SpendLimits: Sendable, Hashable {
    /// The most charged now from midnight to midnight in `timeZone`.
    public var daily: Money?
    /// The most charged now from the first of the month in `timeZone`.
    public var monthly: Money?
    /// The zone whose days and months the limits count (`spend_timezone`, by default the
    /// machine's zone, never the process's `TZ`): every process agrees on what "today" is.
    public var timeZone: TimeZone

    public init(daily: Money? = nil, monthly: Money? = nil, timeZone: TimeZone = MachineTimeZone.zone) {
        self.daily = daily
        self.monthly = monthly
        self.timeZone = timeZone
    }

    /// The Gregorian calendar in `timeZone`, in which every period of these limits is counted.
    public var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    /// No limit at all.
    public var isEmpty: Bool { daily == nil && monthly == nil }

    /// These limits, each falling back to the one in `defaults` when not set, counted in the
    /// zone of `defaults` (the zone is set for the whole file, never per profile).
    public func merged(over defaults: SpendLimits) -> SpendLimits {
        SpendLimits(daily: daily ?? defaults.daily, monthly: monthly ?? defaults.monthly, timeZone: defaults.timeZone)
    }

    /// `"USD 50.00"` or `"50 usd"` → `Money`; `nil` when it is not a non-negative amount with a
    /// three-letter currency code.
    public static func amount(_ text: String) -> Money? {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard words.count == 2 else { return nil }
        let leading = Money.currencyCode(words[0])
        guard let code = leading ?? Money.currencyCode(words[1]),
              let value = LenientNumber.decimal(leading == nil ? words[0] : words[1]), value >= 0 else { return nil }
        return Money(value, code)
    }
}
