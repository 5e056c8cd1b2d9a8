import DialtoneCore

/// Which characters of a number, as shown, the search matched: pure, so the table can
/// emphasise them and tests can pin them.
public enum SearchMatch {
    /// How a provider reads the search text.
    public enum Mode: Sendable {
        /// The digits anywhere in the number (Vobiz).
        case substring
        /// A pattern at the start of the digits after the calling code, with `?` for one digit,
        /// `*` for any run and letters for their keypad digits (Plivo).
        case prefixAfterCallingCode(callingCode: String)
    }

    /// The search mode for numbers of `provider` in country `iso`.
    public static func mode(for provider: ProviderKind, country iso: String) -> Mode {
        guard provider == .plivo, let country = CountryCatalog.country(iso: iso) else { return .substring }
        return .prefixAfterCallingCode(callingCode: country.callingCode)
    }

    /// Offsets of the characters of `shown` (a number as displayed, digits in their E.164
    /// order with spaces or `+` between) that `search` matched; empty when nothing did.
    public static func positions(in shown: String, search: String, mode: Mode) -> [Int] {
        let digitOffsets = shown.enumerated().filter { $0.element.isASCIIDigit }.map(\.offset)
        let digits = Array(shown.filter(\.isASCIIDigit))
        let matched: [Int]
        switch mode {
        case .substring: matched = occurrences(of: Array(search.filter(\.isASCIIDigit)), in: digits)
        case .prefixAfterCallingCode(let code): matched = prefix(pattern: search, in: digits, from: code.count)
        }
        return matched.map { digitOffsets[$0] }
    }

    /// Every digit inside a non-overlapping occurrence of `needle`.
    private static func occurrences(of needle: [Character], in digits: [Character]) -> [Int] {
        guard !needle.isEmpty, needle.count <= digits.count else { return [] }
        var result: [Int] = []
        var start = 0
        while start + needle.count <= digits.count {
            if Array(digits[start..<start + needle.count]) == needle {
                result += Array(start..<start + needle.count)
                start += needle.count
            } else {
                start += 1
            }
        }
        return result
    }

    /// The digits a leading pattern matched, up to its first `*`; empty when it does not match.
    private static func prefix(pattern: String, in digits: [Character], from start: Int) -> [Int] {
        var result: [Int] = []
        var index = start
        for character in pattern {
            if character == "*" { break }
            guard index < digits.count else { return [] }
            let wanted = character == "?" ? digits[index] : keypadDigit(character)
            guard wanted == digits[index] else { return [] }
            result.append(index)
            index += 1
        }
        return result
    }

    private static func keypadDigit(_ character: Character) -> Character? {
        if character.isASCIIDigit { return character }
        let keys = ["abc": "2", "def": "3", "ghi": "4", "jkl": "5", "mno": "6", "pqrs": "7", "tuv": "8", "wxyz": "9"]
        let lower = Character(character.lowercased())
        return keys.first { $0.key.contains(lower) }.map { Character($0.value) }
    }
}
