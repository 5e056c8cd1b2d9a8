/// The telephony providers Dialtone talks to.
public enum ProviderKind: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    case vobiz
    case plivo
    case agni

    /// The provider's name as its users know it.
    public var displayName: String {
        switch self {
        case .vobiz: "Vobiz"
        case .plivo: "Plivo"
        case .agni: "Agni"
        }
    }

    public var description: String { displayName }
}
