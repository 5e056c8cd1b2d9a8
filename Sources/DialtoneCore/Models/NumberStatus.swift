/// A number's status. Covers every Vobiz status plus Plivo's `pending`; unknown values are kept.
public enum NumberStatus: Sendable, Hashable, RawStringCodable, CustomStringConvertible {
    case active
    case pendingPurchase
    case pending
    case pendingRelease
    case released
    case blocked
    case inactive
    case other(String)

    public init(rawValue: String) {
        switch rawValue.lowercased() {
        case "active", "success", "fulfilled": self = .active
        case "pending_purchase": self = .pendingPurchase
        case "pending": self = .pending
        case "pending_release": self = .pendingRelease
        case "released": self = .released
        case "blocked": self = .blocked
        case "inactive": self = .inactive
        default: self = .other(rawValue)
        }
    }

    public var rawValue: String {
        switch self {
        case .active: "active"
        case .pendingPurchase: "pending_purchase"
        case .pending: "pending"
        case .pendingRelease: "pending_release"
        case .released: "released"
        case .blocked: "blocked"
        case .inactive: "inactive"
        case .other(let value): value
        }
    }

    /// How the status reads in a table.
    public var label: String { rawValue.replacingOccurrences(of: "_", with: " ") }

    /// Broad grouping used for colouring and filters.
    public var tone: Tone {
        switch self {
        case .active: .good
        case .pendingPurchase, .pending, .pendingRelease: .pending
        case .released, .blocked, .inactive: .bad
        case .other: .pending
        }
    }

    /// Broad grouping of statuses.
    public enum Tone: Sendable { case good, pending, bad }

    public var description: String { label }
}
