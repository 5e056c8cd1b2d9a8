/// Plivo's search `pattern`: a prefix after the country calling code, with `*` (any run) and `?`
/// (one digit) wildcards and letters standing for their keypad digits.
struct PlivoPattern {
    /// The literal `+`… prefix before the first wildcard (for index range scans).
    let prefix: String
    /// The whole pattern as an SQLite `GLOB` over E.164 (`+1415*`).
    let glob: String

    /// Parses `pattern` for a country whose calling code is `callingCode`.
    init(_ pattern: String, callingCode: String) throws {
        guard pattern.count <= 15 else { throw WireError.badRequest("pattern is longer than 15 characters") }
        var translated = ""
        for character in pattern.uppercased() {
            if character.isASCIIDigit || character == "*" || character == "?" {
                translated.append(character)
            } else if let digit = Self.keypad[character] {
                translated.append(digit)
            } else {
                throw WireError.badRequest("pattern may only contain digits, letters, * and ?")
            }
        }
        let full = "+" + callingCode + translated
        prefix = String(full.prefix { $0 != "*" && $0 != "?" })
        glob = full.hasSuffix("*") ? full : full + "*"
    }

    private static let keypad: [Character: Character] = {
        var map: [Character: Character] = [:]
        for (digit, letters) in zip("23456789", ["ABC", "DEF", "GHI", "JKL", "MNO", "PQRS", "TUV", "WXYZ"]) {
            for letter in letters { map[letter] = digit }
        }
        return map
    }()
}
