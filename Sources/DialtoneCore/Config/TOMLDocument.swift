import Foundation
import TOMLKit

/// A parsed TOML file plus its text, so errors can name the line a key stands on
/// (TOMLKit reports lines for syntax errors only).
struct TOMLDocument {
    let path: String
    let lines: [Substring]

    init(path: String, text: String) {
        self.path = path
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// `path:line` where `key` is assigned inside `[table]` (or at top level), else `path`.
    func location(key: String, table: String?) -> String {
        line(of: key, table: table).map { "\(path):\($0)" } ?? path
    }

    /// The line index of `[name]`, for keeping profiles in file order.
    func order(ofTable name: String) -> Int {
        lines.firstIndex { header(of: $0) == name } ?? Int.max
    }

    func line(of key: String, table: String?) -> Int? {
        var current: String?
        for (index, raw) in lines.enumerated() {
            if let header = header(of: raw) {
                current = header
                continue
            }
            let text = raw.trimmingCharacters(in: .whitespaces)
            guard current == table, text.hasPrefix(key) else { continue }
            let rest = text.dropFirst(key.count).trimmingCharacters(in: .whitespaces)
            if rest.hasPrefix("=") { return index + 1 }
        }
        if let table { return lines.firstIndex { header(of: $0) == table }.map { $0 + 1 } }
        return nil
    }

    private func header(of line: Substring) -> String? {
        let text = line.trimmingCharacters(in: .whitespaces)
        guard text.hasPrefix("["), let close = text.firstIndex(of: "]") else { return nil }
        return text[text.index(after: text.startIndex)..<close].trimmingCharacters(in: CharacterSet(charactersIn: "[] "))
            .replacingOccurrences(of: "\"", with: "")
    }

    /// A string value, or an error naming file, line and key when it is another type.
    func string(_ table: TOMLTable, _ key: String, table name: String?) throws -> String? {
        guard let value = table[key] else { return nil }
        guard let text = value.string else {
            throw DialtoneError(.configuration, detail: "\(location(key: key, table: name)): \(key) must be a string")
        }
        return text
    }

    /// A decimal from a TOML integer, float or string ("12.50").
    func decimal(_ table: TOMLTable, _ key: String, table name: String?) throws -> Decimal? {
        guard let value = table[key] else { return nil }
        if let whole = value.int { return Decimal(whole) }
        if let text = value.string ?? value.double.map({ String($0) }), let number = LenientNumber.decimal(text), number >= 0 {
            return number
        }
        throw DialtoneError(.configuration, detail: "\(location(key: key, table: name)): \(key) must be a non-negative amount such as 25 or \"25.00\"")
    }

    /// `key` as an amount with its currency (`"USD 50.00"`), for spend limits.
    func money(_ table: TOMLTable, _ key: String, table name: String?) throws -> Money? {
        guard let value = table[key] else { return nil }
        guard let text = value.string, let money = SpendLimits.amount(text) else {
            throw DialtoneError(.configuration, detail: "\(location(key: key, table: name)): \(key) must be an amount with its currency such as \"USD 50.00\"")
        }
        return money
    }

    /// `key` as an IANA time zone name (`"Asia/Kolkata"`, `"UTC"`).
    func timeZone(_ table: TOMLTable, _ key: String, table name: String?) throws -> TimeZone? {
        guard let text = try string(table, key, table: name) else { return nil }
        guard let zone = TimeZone(identifier: text) else {
            throw DialtoneError(.configuration, detail: "\(location(key: key, table: name)): \(key) \"\(text)\" is not a time zone name such as \"Asia/Kolkata\" or \"UTC\"")
        }
        return zone
    }

    /// The table's `spend_limit_daily` and `spend_limit_monthly`.
    func spendLimits(_ table: TOMLTable, table name: String?) throws -> SpendLimits {
        SpendLimits(daily: try money(table, "spend_limit_daily", table: name), monthly: try money(table, "spend_limit_monthly", table: name))
    }

    /// Whether any profile keeps a token inline in this file.
    func holdsInlineSecret(_ table: TOMLTable) -> Bool {
        guard let profiles = table["profiles"]?.table else { return false }
        return profiles.keys.contains { profiles[$0]?.table?["token"] != nil }
    }
}
