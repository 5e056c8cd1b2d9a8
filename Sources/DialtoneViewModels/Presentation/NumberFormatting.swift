import DialtoneCore
import Foundation

/// Pure text for reading numbers, places, capabilities and ages; shared by the dialog and the TUI.
public enum NumberFormatting {
    /// `+14155551234` → `+1 415 555 1234`; `+919876543210` → `+91 98765 43210`.
    ///
    /// The calling code comes from `country` when given, else from the number's prefix. Known
    /// plans use their usual grouping; others get groups of three and a final group of up to four.
    /// Text that is not `+` and digits is returned unchanged.
    public static func readable(_ e164: String, country: String? = nil) -> String {
        guard e164.hasPrefix("+"), e164.count > 1, e164.dropFirst().allSatisfy(\.isASCIIDigit) else { return e164 }
        let digits = String(e164.dropFirst())
        let code = callingCode(for: digits, country: country)
        guard let code else { return "+" + group(digits, sizes: generic(digits.count)) }
        let national = String(digits.dropFirst(code.count))
        guard !national.isEmpty else { return "+" + code }
        let sizes = plans[PlanKey(code: code, length: national.count)] ?? generic(national.count)
        return "+\(code) " + group(national, sizes: sizes)
    }

    /// `"San Francisco, CA, US"` from whatever parts are known; `nil` when none are.
    public static func place(region: String?, city: String?, country: String?) -> String? {
        let parts = [city, region, country].compactMap { $0?.isEmpty == false ? $0 : nil }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// City and region for a table that shows the country beside them: `"SEATTLE, Washington"`
    /// from Plivo's city `SEATTLE` and region `Washington, United States`. Parts that only name
    /// the country `iso` (by name or code) or repeat an earlier part are left out.
    public static func place(region: String?, city: String?, besideCountry iso: String) -> String? {
        var parts: [String] = []
        for text in [city, region].compactMap({ $0 }) {
            for part in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !part.isEmpty {
                let repeats = parts.contains { $0.caseInsensitiveCompare(part) == .orderedSame }
                if repeats || CountryCatalog.isoCode(forName: part) == iso.uppercased() { continue }
                parts.append(part)
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// `"voice sms"`, `"—"` when none, `"unknown"` when the provider did not say.
    /// A fee with its currency, or "unknown" when the provider did not send it (never 0.00).
    public static func fee(_ money: Money?) -> String {
        money?.formatted() ?? "unknown"
    }

    public static func capabilities(_ capabilities: Capabilities?) -> String {
        guard let capabilities else { return "unknown" }
        let list = capabilities.list.map(\.rawValue)
        return list.isEmpty ? "—" : list.joined(separator: " ")
    }

    /// An owned number's status for a table or detail: `active`, or `pending release · 23 h left`
    /// while a release cooldown with a known end runs.
    public static func status(_ number: OwnedNumber, now: Date) -> String {
        guard number.status == .pendingRelease, let end = number.releaseCooldownEndsAt else { return number.status.label }
        return "\(number.status.label) · \(MomentFormatting.timeLeft(until: end, now: now))"
    }

    /// `"just now"`, `"42 s ago"`, `"3 min ago"`, `"2 h ago"`, `"5 d ago"`.
    public static func age(_ seconds: TimeInterval) -> String {
        let seconds = max(0, Int(seconds))
        switch seconds {
        case ..<5: return "just now"
        case ..<60: return "\(seconds) s ago"
        case ..<3600: return "\(seconds / 60) min ago"
        case ..<86_400: return "\(seconds / 3600) h ago"
        default: return "\(seconds / 86_400) d ago"
        }
    }

    /// `"USD 0.0085/min"`: a per-minute price with its currency and its unit.
    public static func perMinute(_ money: Money) -> String {
        "\(money.formatted())/min"
    }

    // MARK: - Grouping

    private struct PlanKey: Hashable {
        var code: String
        var length: Int
    }

    /// Group sizes of national numbers by calling code and length, where the usual form is known.
    private static let plans: [PlanKey: [Int]] = [
        PlanKey(code: "1", length: 10): [3, 3, 4],
        PlanKey(code: "91", length: 10): [5, 5],
        PlanKey(code: "44", length: 10): [4, 6],
        PlanKey(code: "33", length: 9): [1, 2, 2, 2, 2],
        PlanKey(code: "61", length: 9): [1, 4, 4],
        PlanKey(code: "65", length: 8): [4, 4],
        PlanKey(code: "86", length: 11): [3, 4, 4],
        PlanKey(code: "49", length: 10): [3, 7],
        PlanKey(code: "49", length: 11): [3, 8],
        PlanKey(code: "971", length: 8): [1, 3, 4],
        PlanKey(code: "971", length: 9): [2, 3, 4],
    ]

    private static func callingCode(for digits: String, country: String?) -> String? {
        if let country, let code = CountryCatalog.country(iso: country)?.callingCode, digits.hasPrefix(code) {
            return code
        }
        return CountryCatalog.country(forNumber: "+" + digits)?.callingCode
    }

    /// Threes, then a last group of two to four: 5 → [3, 2], 7 → [3, 4], 8 → [3, 3, 2]; never a lone digit.
    private static func generic(_ length: Int) -> [Int] {
        guard length > 4 else { return [length] }
        var sizes: [Int] = []
        var left = length
        while left > 4 {
            sizes.append(3)
            left -= 3
        }
        return sizes + [left]
    }

    private static func group(_ text: String, sizes: [Int]) -> String {
        var groups: [Substring] = []
        var rest = Substring(text)
        for size in sizes where !rest.isEmpty {
            groups.append(rest.prefix(size))
            rest = rest.dropFirst(size)
        }
        if !rest.isEmpty { groups.append(rest) }
        return groups.joined(separator: " ")
    }
}
