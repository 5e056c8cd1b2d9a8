import Foundation

/// The response schema of `GET /api/v1/Account/{auth_id}/inventory/numbers` in seed 000's OpenAPI
/// document, written as JSON, and a validator for the parts of OpenAPI it uses (`type`,
/// `properties`, `required`, `items`, `nullable`).
enum VobizInventorySchema {
    static let response = #"""
    {"type": "object", "required": ["items", "page", "per_page", "total"], "properties": {
      "items": {"type": "array", "items": {"type": "object",
        "required": ["id", "account_id", "e164", "country", "capabilities", "status", "provider", "setup_fee",
                     "monthly_fee", "currency", "voice_enabled", "tags", "is_blocked", "created_at", "updated_at",
                     "is_trial_number", "minimum_commitment_months", "aadhaar_verification_required", "aadhaar_verified"],
        "properties": {
          "id": {"type": "string"}, "account_id": {"type": "string"}, "e164": {"type": "string"},
          "country": {"type": "string"},
          "capabilities": {"type": "object", "required": ["voice", "sms", "mms", "fax"], "properties": {
            "voice": {"type": "boolean"}, "sms": {"type": "boolean"}, "mms": {"type": "boolean"}, "fax": {"type": "boolean"}}},
          "status": {"type": "string"}, "provider": {"type": "string"},
          "setup_fee": {"type": "integer"}, "monthly_fee": {"type": "integer"}, "currency": {"type": "string"},
          "voice_enabled": {"type": "boolean"}, "tags": {"nullable": true}, "is_blocked": {"type": "boolean"},
          "created_at": {"type": "string"}, "updated_at": {"type": "string"}, "is_trial_number": {"type": "boolean"},
          "minimum_commitment_months": {"type": "integer"}, "aadhaar_verification_required": {"type": "boolean"},
          "aadhaar_verified": {"type": "boolean"}, "region": {"type": "string"}}}},
      "page": {"type": "integer"}, "per_page": {"type": "integer"}, "total": {"type": "integer"}}}
    """#

    /// Every place `value` breaks `schema`, as `$.items.3.setup_fee: expected integer`.
    static func violations(_ value: JSONTree, schema: [String: Any], path: String = "$") -> [String] {
        if case .null = value {
            return schema["nullable"] as? Bool == true || schema["type"] == nil ? [] : ["\(path): null where \(schema["type"]!) is declared"]
        }
        switch (schema["type"] as? String, value) {
        case ("object", .object(let object)):
            var found = (schema["required"] as? [String] ?? []).filter { object[$0] == nil }.map { "\(path).\($0): missing" }
            for (key, property) in schema["properties"] as? [String: [String: Any]] ?? [:] {
                if let member = object[key] { found += violations(member, schema: property, path: "\(path).\(key)") }
            }
            return found
        case ("array", .array(let array)):
            let itemSchema = schema["items"] as? [String: Any] ?? [:]
            return array.enumerated().flatMap { violations($1, schema: itemSchema, path: "\(path).\($0)") }
        case ("string", .string), ("boolean", .bool), ("integer", .integer), (nil, _):
            return []
        case (let type?, _):
            return ["\(path): expected \(type), got \(value)"]
        }
    }
}

/// A JSON value with integers told apart from other numbers: `1` is an integer, `1.5` and
/// `1e3` are not (`1.0` is caught by reading the text, see the test).
enum JSONTree: Decodable, CustomStringConvertible {
    case null, bool(Bool), integer(Int64), number(Double), string(String), array([JSONTree]), object([String: JSONTree])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let flag = try? container.decode(Bool.self) { self = .bool(flag) }
        else if let whole = try? container.decode(Int64.self) { self = .integer(whole) }
        else if let number = try? container.decode(Double.self) { self = .number(number) }
        else if let text = try? container.decode(String.self) { self = .string(text) }
        else if let array = try? container.decode([JSONTree].self) { self = .array(array) }
        else { self = .object(try container.decode([String: JSONTree].self)) }
    }

    var description: String {
        switch self {
        case .null: "null"
        case .bool(let flag): "\(flag)"
        case .integer(let whole): "\(whole)"
        case .number(let number): "\(number)"
        case .string(let text): "\"\(text)\""
        case .array: "array"
        case .object: "object"
        }
    }
}
