/// Validation of the number strings clients send.
enum E164 {
    /// A Vobiz search: an optional leading `+`, then 1–15 digits.
    static func isSearch(_ text: String) -> Bool {
        let digits = text.hasPrefix("+") ? text.dropFirst() : Substring(text)
        return (1...15).contains(digits.count) && digits.allSatisfy(\.isASCIIDigit)
    }

    /// A full number: `+` (when `plus` is true) and 7–15 digits not starting with 0.
    static func isNumber(_ text: String, plus: Bool) -> Bool {
        guard !plus || text.hasPrefix("+") else { return false }
        let digits = plus ? text.dropFirst() : Substring(text)
        return (7...15).contains(digits.count) && digits.first != "0" && digits.allSatisfy(\.isASCIIDigit)
    }

    /// The E.164 number (with `+`) a Vobiz path segment names, in any of the three forms Vobiz
    /// documents (PROVIDERS.md): digits only, `+` and digits (what the official Python SDK
    /// sends), or `%2B` and digits (URL-encoded). `nil` for anything else.
    static func vobizPathNumber(_ segment: String) -> String? {
        let digits: Substring
        if segment.hasPrefix("+") {
            digits = segment.dropFirst()
        } else if segment.prefix(3).uppercased() == "%2B" {
            digits = segment.dropFirst(3)
        } else {
            digits = Substring(segment)
        }
        return isNumber(String(digits), plus: false) ? "+" + digits : nil
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
