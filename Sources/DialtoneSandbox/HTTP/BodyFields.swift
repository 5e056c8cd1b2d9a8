import Foundation

/// A flat request body's fields by name (`RequestBody.fields`): sent with a text, sent as JSON
/// `null`, or not sent at all — three cases a route that changes only what it is sent must tell apart.
struct BodyFields: Sendable {
    private let values: [String: String?]

    /// Fields of a form, `a=1&b=x%20y` (`+` is a space); a name sent twice keeps its last value.
    init(form: String) {
        var values: [String: String?] = [:]
        for pair in form.split(separator: "&") where !pair.isEmpty {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decoded(_ text: Substring) -> String {
                let spaced = text.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            values[decoded(parts[0])] = .some(parts.count > 1 ? decoded(parts[1]) : "")
        }
        self.values = values
    }

    /// Fields of a JSON object: strings as they are, numbers (and booleans) in their decimal
    /// form, `null` as `nil`; an array or object is a 400 naming its field.
    init(json object: [String: Any]) throws {
        var values: [String: String?] = [:]
        for (name, value) in object {
            switch value {
            case is NSNull: values[name] = .some(nil)
            case let text as String: values[name] = .some(text)
            case let number as NSNumber: values[name] = .some(number.stringValue)
            default: throw WireError.badRequest("\(name) has the wrong type")
            }
        }
        self.values = values
    }

    /// Whether `name` was sent, `null` included.
    func contains(_ name: String) -> Bool { values[name] != nil }

    /// The text sent as `name`; `nil` when absent or `null`.
    func text(_ name: String) -> String? { values[name] ?? nil }
}
