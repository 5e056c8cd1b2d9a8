/// Helpers for numbers kept as `+` and digits inside Dialtone and converted on the wire.
public enum E164 {
    /// `"+1 (415) 555-1234"` → `"+14155551234"`; `nil` when fewer than 3 or more than 15 digits remain.
    public static func normalise(_ text: String) -> String? {
        let digits = text.filter(\.isASCIIDigit)
        guard (3...15).contains(digits.count) else { return nil }
        return "+" + digits
    }

    /// The digits of a number, without `+` or separators (Plivo's wire form).
    public static func digits(_ text: String) -> String { text.filter(\.isASCIIDigit) }

    /// Turns a wire value that may lack `+` into `+digits`.
    public static func fromWire(_ text: String) -> String { "+" + digits(text) }
}

extension Character {
    /// `0`…`9` only (not other scripts' digits).
    public var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
