/// Character attributes a role may carry, in colour and in monochrome.
public struct TextAttributes: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    // Bit values match the shim's DT_ATTR_* constants.
    public static let bold = TextAttributes(rawValue: 1)
    public static let dim = TextAttributes(rawValue: 2)
    public static let underline = TextAttributes(rawValue: 4)
    public static let reverse = TextAttributes(rawValue: 8)
    public static let italic = TextAttributes(rawValue: 16)
    public static let standout = TextAttributes(rawValue: 32)

    /// Names as written in theme files, in a fixed order.
    public static let names: [(String, TextAttributes)] = [
        ("bold", .bold), ("dim", .dim), ("underline", .underline), ("reverse", .reverse),
        ("italic", .italic), ("standout", .standout),
    ]

    /// The attribute called `name` in a theme file; `nil` when unknown.
    public init?(name: String) {
        guard let match = Self.names.first(where: { $0.0 == name.lowercased() }) else { return nil }
        self = match.1
    }

    /// Theme-file names of the attributes set.
    public var nameList: [String] { Self.names.filter { contains($0.1) }.map(\.0) }
}
