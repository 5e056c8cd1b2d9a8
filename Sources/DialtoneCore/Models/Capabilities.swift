/// What a number can do. Vobiz numbers are voice-first; Plivo reports each flag.
public struct Capabilities: Sendable, Hashable, Codable {
    public var voice: Bool
    public var sms: Bool
    public var mms: Bool
    public var fax: Bool

    public init(voice: Bool = false, sms: Bool = false, mms: Bool = false, fax: Bool = false) {
        self.voice = voice
        self.sms = sms
        self.mms = mms
        self.fax = fax
    }

    /// Flags as a provider reported them, a missing one taken as absent; `nil` (unknown, never
    /// "none") when it reported none of them.
    public init?(reported voice: Bool?, sms: Bool?, mms: Bool?, fax: Bool? = nil) {
        guard voice != nil || sms != nil || mms != nil || fax != nil else { return nil }
        self.init(voice: voice ?? false, sms: sms ?? false, mms: mms ?? false, fax: fax ?? false)
    }

    /// Whether every capability in `required` is present.
    public func satisfies(_ required: Set<Capability>) -> Bool {
        required.allSatisfy { has($0) }
    }

    /// Whether this one capability is present.
    public func has(_ capability: Capability) -> Bool {
        switch capability {
        case .voice: voice
        case .sms: sms
        case .mms: mms
        case .fax: fax
        }
    }

    /// The present capabilities in a fixed order.
    public var list: [Capability] { Capability.allCases.filter(has) }
}

/// One capability, for filters.
public enum Capability: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case voice, sms, mms, fax

    public static func < (lhs: Capability, rhs: Capability) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
