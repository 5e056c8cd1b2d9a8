/// One CSV cell (RFC 4180): terminal-safe like a table cell, quoted when it must be, and
/// neutralised when a spreadsheet would run it as a formula.
///
/// OWASP's rule for CSV injection: a cell that begins with `=`, `+`, `-`, `@`, tab or carriage
/// return gets a single quote in front, inside the quotes (`"'=HYPERLINK(…)"`), so a spreadsheet
/// shows it as text. The phone number itself (`+` and digits) is left as it is.
enum CSVField {
    /// The first characters that make a spreadsheet read a cell as a formula.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// `value` as a cell; `isPhoneNumber` for the number column, whose leading `+` is data.
    static func cell(_ value: String, isPhoneNumber: Bool = false) -> String {
        let safe = value.terminalSafe
        // The raw text is checked too: sanitising turns a leading tab into a space.
        let formula = !(isPhoneNumber && isE164(value)) && [value, safe].contains { startsFormula($0) }
        guard formula || safe.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return safe }
        return "\"" + (formula ? "'" : "") + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func startsFormula(_ text: String) -> Bool {
        text.unicodeScalars.first.map(formulaStarts.contains) ?? false
    }

    /// `+` and digits only: a number a spreadsheet reads as a number, never a formula.
    private static func isE164(_ text: String) -> Bool {
        text.hasPrefix("+") && text.count > 1 && text.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
    }
}
