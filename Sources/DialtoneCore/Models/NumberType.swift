/// The kind of number. Unknown provider values are kept, not rejected.
public enum NumberType: Sendable, Hashable, RawStringCodable, CustomStringConvertible {
    case local
    case tollfree
    case mobile
    case national
    case fixed
    case other(String)

    /// The types a user can filter by, in menu order.
    public static let filterable: [NumberType] = [.local, .mobile, .tollfree, .national, .fixed]

    public init(rawValue: String) {
        switch rawValue.lowercased().replacingOccurrences(of: "-", with: "").replacingOccurrences(of: "_", with: "") {
        case "local": self = .local
        case "tollfree": self = .tollfree
        case "mobile": self = .mobile
        case "national": self = .national
        case "fixed", "landline", "geographic": self = .fixed
        default: self = .other(rawValue)
        }
    }

    /// The wire value (Plivo's spelling).
    public var rawValue: String {
        switch self {
        case .local: "local"
        case .tollfree: "tollfree"
        case .mobile: "mobile"
        case .national: "national"
        case .fixed: "fixed"
        case .other(let value): value
        }
    }

    /// A short label for tables (`toll-free`).
    public var label: String {
        switch self {
        case .tollfree: "toll-free"
        case .other(let value): value.isEmpty ? "—" : value
        default: rawValue
        }
    }

    public var description: String { label }

    /// The provider did not say and the numbering plan did not tell.
    public var isUnknown: Bool {
        if case .other = self { return true }
        return false
    }
}
