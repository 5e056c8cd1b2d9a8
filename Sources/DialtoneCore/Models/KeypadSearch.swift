import Foundation

/// A search as typed, read the way a phone reads it: letters become their keypad digits
/// (`FLOWERS` → `3569377`), the provider's wildcards stay, and the punctuation of a written
/// number (`+`, spaces, `-`, `.`, parentheses) is dropped. Anything else is refused, so no search
/// is ever sent as something other than what the user sees.
public struct KeypadSearch: Sendable, Hashable {
    /// What the user typed.
    public let typed: String
    /// What is sent: digits and the provider's wildcards only.
    public let digits: String

    /// Whether letters were read as keypad digits.
    public var spelled: Bool { typed.contains { $0.isASCII && $0.isLetter } }

    /// `searching 3569377 (FLOWERS on a phone keypad)` when letters were read; `nil` otherwise.
    public var note: String? {
        spelled ? "searching \(digits) (\(typed.trimmingCharacters(in: .whitespaces)) on a phone keypad)" : nil
    }

    /// The keypad digit for an ASCII letter of either case (ITU E.161: `ABC` 2 … `WXYZ` 9).
    public static func digit(for letter: Character) -> Character? {
        guard letter.isASCII, letter.isLetter, let scalar = letter.lowercased().unicodeScalars.first else { return nil }
        let keys = ["abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"]
        guard let key = keys.firstIndex(where: { $0.unicodeScalars.contains(scalar) }) else { return nil }
        return Character(String(key + 2))
    }

    /// Reads `typed` for `provider`, whose search takes `wildcards`.
    /// - Throws: a `.validation` error naming the provider and the first character it cannot send.
    public static func read(_ typed: String, provider: ProviderKind, wildcards: [Character]) throws(DialtoneError) -> KeypadSearch {
        var digits = ""
        for character in typed {
            if character.isASCIIDigit || wildcards.contains(character) {
                digits.append(character)
            } else if let digit = digit(for: character) {
                digits.append(digit)
            } else if !punctuation.contains(character) {
                let allowed = wildcards.isEmpty
                    ? "\(provider.displayName) has no wildcard"
                    : "nor \(provider.displayName)'s wildcard \(wildcards.map(String.init).joined(separator: " or "))"
                let which = wildcards.isEmpty ? "neither a digit nor a letter; \(allowed)" : "neither a digit, a letter \(allowed)"
                throw DialtoneError(.validation, provider: provider, detail: "search \(typed): \(character) is \(which)")
            }
        }
        return KeypadSearch(typed: typed, digits: digits)
    }

    /// Characters of a written number that carry no meaning in a search.
    private static let punctuation: Set<Character> = ["+", " ", "-", ".", "(", ")"]
}

extension ProviderFeatures {
    /// Reads `typed` with this provider's wildcards (see `KeypadSearch.read`).
    public func readSearch(_ typed: String, provider: ProviderKind) throws(DialtoneError) -> KeypadSearch {
        try KeypadSearch.read(typed, provider: provider, wildcards: searchWildcards)
    }
}
