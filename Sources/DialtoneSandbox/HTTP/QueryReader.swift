import Hummingbird

/// Reads and validates query parameters; every bad value becomes a 400 naming the parameter.
struct QueryReader {
    private let request: Request

    init(_ request: Request) { self.request = request }

    /// The value of `name`, `nil` when absent or empty.
    func string(_ name: String) -> String? {
        guard let value = request.uri.queryParameters[Substring(name)], !value.isEmpty else { return nil }
        return String(value)
    }

    /// Whether `name` was sent at all.
    func has(_ name: String) -> Bool { string(name) != nil }

    /// An integer within `range`, or `fallback` when absent.
    func integer(_ name: String, default fallback: Int, in range: ClosedRange<Int>) throws -> Int {
        guard let text = string(name) else { return fallback }
        guard text.count <= 12, let value = Int(text), range.contains(value) else {
            let upper = range.upperBound == Int.max ? "" : " to \(range.upperBound)"
            throw WireError.badRequest("\(name) must be an integer from \(range.lowerBound)\(upper)")
        }
        return value
    }

    /// A paging integer as seed 000 types one, an `integer` without a minimum: any whole number
    /// is valid and one below 1 reads as 1; above `maximum` it is refused, and without a
    /// maximum a huge one reads as a billion (past any listing). Anything else is a 400.
    func pagingInteger(_ name: String, default fallback: Int, maximum: Int? = nil) throws -> Int {
        // Sent empty (`page=`) is no integer, unlike not sent at all.
        guard let text = request.uri.queryParameters[Substring(name)].map(String.init) else { return fallback }
        let negative = text.hasPrefix("-")
        let digits = negative || text.hasPrefix("+") ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) else { throw WireError.badRequest("\(name) must be an integer") }
        let significant = digits.drop { $0 == "0" }
        let value = significant.count > 10 ? Int.max : Int(significant) ?? 0
        if negative || value < 1 { return 1 }
        guard let maximum else { return min(value, 1_000_000_000) }
        guard value <= maximum else { throw WireError.badRequest("\(name) must be an integer of at most \(maximum)") }
        return value
    }

    /// `true`/`false` (also `1`/`0`), or `nil` when absent.
    func bool(_ name: String) throws -> Bool? {
        guard let text = string(name)?.lowercased() else { return nil }
        switch text {
        case "true", "1": return true
        case "false", "0": return false
        default: throw WireError.badRequest("\(name) must be true or false")
        }
    }

    /// The numbering plan named by the ISO code in `name`, or `nil` when absent.
    func country(_ name: String) throws -> CountryPlan? {
        guard let code = string(name) else { return nil }
        guard code.count == 2, let plan = CountryPlan.find(code) else {
            throw WireError.badRequest("\(name) must be a supported ISO 3166-1 alpha-2 country code")
        }
        return plan
    }
}
