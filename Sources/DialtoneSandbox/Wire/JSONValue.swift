import Foundation

/// A JSON document built field by field, so each provider's body keeps the documented key order,
/// explicit `null`s and exact decimal numbers (no `Double` rounding, no dropped keys).
enum JSONValue: Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByNilLiteral
{
    case string(String)
    case number(Decimal)
    case integer(Int64)
    /// A number written exactly as given, `1.0` or `0.0`: `number` would drop the `.0`.
    case numberText(String)
    case bool(Bool)
    case array([JSONValue])
    case object([(String, JSONValue)])
    case null

    init(stringLiteral value: String) { self = .string(value) }
    init(integerLiteral value: Int64) { self = .integer(value) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    init(nilLiteral: ()) { self = .null }

    /// This object with `extra` appended to its array under `key` (for injected malformed entries).
    func appending(_ extra: [JSONValue], to key: String) -> JSONValue {
        guard case .object(let fields) = self, !extra.isEmpty else { return self }
        return .object(fields.map { name, value in
            guard name == key, case .array(let items) = value else { return (name, value) }
            return (name, .array(items + extra))
        })
    }

    /// A string, or `null` when absent.
    /// This object with one more field at its end (any other value unchanged).
    func adding(_ key: String, _ value: JSONValue) -> JSONValue {
        guard case .object(let fields) = self else { return self }
        return .object(fields + [(key, value)])
    }

    static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    /// The compact UTF-8 serialisation.
    var serialized: String {
        var out = ""
        write(to: &out)
        return out
    }

    private func write(to out: inout String) {
        switch self {
        case .string(let text): Self.writeString(text, to: &out)
        case .number(let value): out += value.description
        case .integer(let value): out += String(value)
        case .numberText(let text): out += text
        case .bool(let value): out += value ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                item.write(to: &out)
            }
            out += "]"
        case .object(let fields):
            out += "{"
            for (index, (key, value)) in fields.enumerated() {
                if index > 0 { out += "," }
                Self.writeString(key, to: &out)
                out += ":"
                value.write(to: &out)
            }
            out += "}"
        }
    }

    private static func writeString(_ text: String, to out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
