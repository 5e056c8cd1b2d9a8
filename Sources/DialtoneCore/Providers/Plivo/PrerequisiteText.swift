/// Plivo's `prerequisites` on a search result, whatever its shape: a string, a list, or objects
/// such as `{"type": "address proof", "scope": "country"}`, read as one line per prerequisite
/// (`address proof (scope: country)`), terminal-safe and at most ten lines of 120 characters.
struct PrerequisiteText: Decodable {
    var lines: [String] = []

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let text = try? single.decode(String.self) {
            lines = [text]
        } else if var list = try? decoder.unkeyedContainer() {
            while !list.isAtEnd { lines += (try? list.decode(PrerequisiteText.self))?.lines ?? [] }
        } else {
            lines = [Self.describe(try decoder.container(keyedBy: AnyKey.self))]
        }
        lines = lines.map { String($0.terminalSafe.prefix(120)) }.filter { !$0.isEmpty }.prefix(10).map { $0 }
    }

    /// `name (key: value, …)`: the object's name-like field first, the others in brackets.
    private static func describe(_ object: KeyedDecodingContainer<AnyKey>) -> String {
        var named: String?
        var details: [String] = []
        for key in object.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) {
            guard let value = try? object.lenientString(key), !value.isEmpty else { continue }
            if named == nil, ["type", "name", "description", "requirement"].contains(key.stringValue) {
                named = value
            } else {
                details.append("\(key.stringValue.replacingOccurrences(of: "_", with: " ")): \(value)")
            }
        }
        let name = (named ?? "prerequisite").replacingOccurrences(of: "_", with: " ")
        return details.isEmpty ? name : "\(name) (\(details.joined(separator: ", ")))"
    }
}
