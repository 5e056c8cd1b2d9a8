import DialtoneCore
import Foundation

/// Dates for people: local time and how long ago (or how soon), never a raw ISO timestamp.
public enum MomentFormatting {
    /// `3 days ago · 12 Jun 08:36` in `timeZone`, relative to `now`: the age first, where a
    /// narrow pane cuts it last. A date in another year than `now`'s shows its year instead of
    /// its time (`13 months ago · 17 Oct 2025`), as `ls -l` does: the minute of a date that old
    /// tells nothing, and the line then reads whole in the detail pane.
    public static func moment(_ date: Date, now: Date, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let sameYear = calendar.component(.year, from: date) == calendar.component(.year, from: now)
        return "\(relative(date, now: now)) · \(sameYear ? localTime(date, timeZone: timeZone, withYear: false) : localDate(date, timeZone: timeZone))"
    }

    /// `17 Oct 2025` in `timeZone`, English month names whatever the locale.
    public static func localDate(_ date: Date, timeZone: TimeZone) -> String {
        formatted(date, timeZone: timeZone, as: "d MMM yyyy")
    }

    /// `12 Jun 2025 08:36` (or `12 Jun 08:36`), the time in `timeZone`, English month names whatever the locale.
    public static func localTime(_ date: Date, timeZone: TimeZone, withYear: Bool = true) -> String {
        formatted(date, timeZone: timeZone, as: withYear ? "d MMM yyyy HH:mm" : "d MMM HH:mm")
    }

    private static func formatted(_ date: Date, timeZone: TimeZone, as format: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = format
        return formatter.string(from: date)
    }

    /// `just now`, `5 min ago`, `2 h ago`, `3 days ago`, `4 months ago`, `2 years ago`; `in 3 days` for a future date.
    public static func relative(_ date: Date, now: Date) -> String {
        let seconds = Int(date.timeIntervalSince(now).rounded())
        let span = abs(seconds)
        guard span >= 60 else { return "just now" }
        let amount: String
        switch span {
        case ..<3600: amount = "\(span / 60) min"
        case ..<86_400: amount = "\(span / 3600) h"
        case ..<(60 * 86_400): amount = plural(span / 86_400, "day")
        case ..<(730 * 86_400): amount = plural(span / (30 * 86_400), "month")
        default: amount = plural(span / (365 * 86_400), "year")
        }
        return seconds < 0 ? "\(amount) ago" : "in \(amount)"
    }

    /// How long until `end`, in whole units rounded down: `23 h left`, `45 min left`, `2 days
    /// left`; `ending now` within the last minute or after it.
    public static func timeLeft(until end: Date, now: Date) -> String {
        let seconds = Int(end.timeIntervalSince(now))
        switch seconds {
        case ..<60: return "ending now"
        case ..<3600: return "\(seconds / 60) min left"
        case ..<(2 * 86_400): return "\(seconds / 3600) h left"
        default: return "\(plural(seconds / 86_400, "day")) left"
        }
    }

    /// A date written by a provider or a decoder (`2025-10-17T08:36:00Z`, with or without
    /// fractional seconds), or `nil` when `text` is not one.
    public static func parseTimestamp(_ text: String) -> Date? {
        guard text.count >= 20, text.dropFirst(4).first == "-", text.contains("T") else { return nil }
        if let date = try? Date.ISO8601FormatStyle().parse(text) { return date }
        return try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text)
    }

    private static func plural(_ count: Int, _ unit: String) -> String {
        Plural.count(count, unit)
    }
}
