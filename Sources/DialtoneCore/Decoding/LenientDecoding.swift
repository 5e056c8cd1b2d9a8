import Foundation

/// Decoding that accepts what the providers' documents actually send: fees as integers,
/// floats or numeric strings, booleans as strings or 0/1, missing optional fields, and
/// `null` wherever a value may be absent. Unknown fields are ignored by construction.
extension KeyedDecodingContainer {
    /// A decimal from a JSON number (exact digits) or a numeric string; `nil` when absent or null.
    func lenientDecimal(_ key: Key) throws -> Decimal? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let number = try? decode(Decimal.self, forKey: key) { return number }
        let text = try decode(String.self, forKey: key)
        guard let value = LenientNumber.decimal(text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "not a number: \(text.prefix(40))")
        }
        return value
    }

    /// A fee or price: a decimal as `lenientDecimal` reads it; a negative amount makes the
    /// value, and so its entry, unreadable.
    func lenientAmount(_ key: Key) throws -> Decimal? {
        guard let value = try lenientDecimal(key) else { return nil }
        guard value >= 0 else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "a negative amount")
        }
        return value
    }

    /// An ISO 4217 currency code, upper-cased; `nil` when absent or null. Anything but three
    /// ASCII letters (`"INR "`, `""`) makes the value, and so its entry, unreadable: an amount
    /// in a currency that cannot be named cannot be counted.
    func lenientCurrency(_ key: Key) throws -> String? {
        guard let text = try lenientString(key) else { return nil }
        guard let code = Money.currencyCode(text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "not a currency code")
        }
        return code
    }

    /// A string from a JSON string or number; `nil` when absent or null.
    func lenientString(_ key: Key) throws -> String? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let text = try? decode(String.self, forKey: key) { return text }
        if let number = try? decode(Decimal.self, forKey: key) { return number.description }
        if let flag = try? decode(Bool.self, forKey: key) { return String(flag) }
        throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "expected text")
    }

    /// An identifier (a trunk, an application, a subscription): `lenientString`, with an empty
    /// string read as `nil`, since it names nothing.
    func lenientID(_ key: Key) throws -> String? {
        guard let text = try lenientString(key), !text.isEmpty else { return nil }
        return text
    }

    /// A Boolean from `true`/`false`, `"true"`/`"false"`, `1`/`0`; `nil` when absent or null.
    func lenientBool(_ key: Key) throws -> Bool? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let flag = try? decode(Bool.self, forKey: key) { return flag }
        if let number = try? decode(Int.self, forKey: key) { return number != 0 }
        let text = try decode(String.self, forKey: key).lowercased()
        switch text {
        case "true", "yes", "1": return true
        case "false", "no", "0", "": return false
        default:
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "not a Boolean: \(text.prefix(40))")
        }
    }

    /// A whole number from a JSON number or numeric string; `nil` when absent or null.
    func lenientInt(_ key: Key) throws -> Int? {
        guard let value = try lenientDecimal(key) else { return nil }
        var whole = Decimal()
        var input = value
        NSDecimalRound(&whole, &input, 0, .plain)
        guard value.isFinite, whole == value, abs(value) < 1_000_000_000_000 else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "not a whole number")
        }
        return NSDecimalNumber(decimal: value).intValue
    }

    /// A date from ISO 8601 text with or without fractional seconds; `nil` when absent, null or unreadable.
    func lenientDate(_ key: Key) -> Date? {
        guard let text = try? lenientString(key) else { return nil }
        return LenientNumber.date(text)
    }
}

/// Parsing of numeric and date text shared by the lenient decoders.
enum LenientNumber {
    /// `"0.80000"` → 0.8. Rejects anything that is not plain decimal notation (`"12abc"`, `"1e9"`).
    static func decimal(_ text: String) -> Decimal? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        var digitsSeen = 0
        var dotSeen = false
        for (index, character) in trimmed.enumerated() {
            if character.isASCIIDigit {
                digitsSeen += 1
            } else if character == ".", !dotSeen {
                dotSeen = true
            } else if character == "-" || character == "+", index == 0 {
                continue
            } else {
                return nil
            }
        }
        guard digitsSeen > 0, digitsSeen <= 30 else { return nil }
        return Decimal(string: trimmed, locale: Locale(identifier: "en_US_POSIX"))
    }

    /// ISO 8601 with or without fractional seconds, or a day alone (Plivo's `added_on`,
    /// `2026-03-25`), read as the start of that day in UTC.
    static func date(_ text: String) -> Date? {
        if let date = UTCTimestamp.parse(text) { return date }
        // The form the text looks like first: a failed parse costs as much as a good one.
        let fractional = text.contains(".")
        if let date = try? Date.ISO8601FormatStyle(includingFractionalSeconds: fractional).parse(text) { return date }
        if let date = try? Date.ISO8601FormatStyle(includingFractionalSeconds: !fractional).parse(text) { return date }
        if text.count == 10, let date = try? Date.ISO8601FormatStyle().year().month().day().parse(text) { return date }
        return nil
    }
}

/// JSON decoding that turns every failure into `DialtoneError(.decoding)`.
enum WireJSON {
    static func decode<T: Decodable>(_ type: T.Type, from data: Data, provider: ProviderKind) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch {
            throw DialtoneError(.decoding, provider: provider, detail: describe(error))
        }
    }

    /// A short, secret-free reason for a decoding failure.
    private static func describe(_ error: any Error) -> String {
        guard let decodingError = error as? DecodingError else { return "not JSON" }
        switch decodingError {
        case .keyNotFound(let key, _): return "missing field \(key.stringValue)"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "unexpected value at \(path(context))"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not valid JSON" : "unreadable value at \(path(context))"
        @unknown default: return "unreadable answer"
        }
    }

    private static func path(_ context: DecodingError.Context) -> String {
        let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        return path.isEmpty ? "top level" : path
    }
}
