import Foundation

/// Where an owned number's calls go: a SIP trunk (Vobiz `trunk_group_id`, Agni
/// `inbound_trunk_id`) or an application (Vobiz `application_id`, Plivo `application`).
public struct NumberRoute: Sendable, Hashable, Codable {
    /// What kind of destination the id names.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case trunk
        case application

        /// `trunk`, `application`, for messages.
        public var noun: String { rawValue }
    }

    public var kind: Kind
    /// The provider's id of the trunk or application, exactly as it wrote it.
    public var id: String

    public init(kind: Kind, id: String) {
        self.kind = kind
        self.id = id
    }
}

/// A trunk or application an account lists, with the name people know it by.
public struct RouteTarget: Sendable, Hashable, Codable {
    public var route: NumberRoute
    /// The provider's name for it; the id where it states none.
    public var name: String

    public init(route: NumberRoute, name: String?) {
        self.route = route
        let trimmed = name?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        self.name = trimmed.isEmpty ? route.id : trimmed
    }

    private enum CodingKeys: String, CodingKey { case kind, id, name }

    /// `{"kind":"trunk","id":"…","name":"…"}`, flat, as the journal writes it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let route = NumberRoute(
            kind: try container.decode(NumberRoute.Kind.self, forKey: .kind), id: try container.decode(String.self, forKey: .id))
        self.init(route: route, name: try container.decodeIfPresent(String.self, forKey: .name))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(route.kind, forKey: .kind)
        try container.encode(route.id, forKey: .id)
        try container.encode(name, forKey: .name)
    }
}

extension OwnedNumber {
    /// Where the number's calls go now: its trunk (Vobiz trunk group, else Agni inbound trunk),
    /// else its application; `nil` when it routes nowhere.
    public var route: NumberRoute? {
        let fields = details.fields
        if let trunk = Self.stated(fields.trunkGroupID) ?? Self.stated(fields.inboundTrunkID) {
            return NumberRoute(kind: .trunk, id: trunk)
        }
        if let application = Self.stated(fields.applicationID) { return NumberRoute(kind: .application, id: application) }
        return nil
    }

    /// The number routes nowhere: no trunk, no application. It costs its monthly fee and
    /// answers no call.
    public var routesNowhere: Bool { route == nil }

    /// The id of the trunk or application of `kind` the number is attached to, the field a
    /// routing change of that kind sets: Vobiz `trunk_group_id`, Plivo's application.
    public func attachment(of kind: NumberRoute.Kind) -> String? {
        switch kind {
        case .trunk: Self.stated(details.trunkGroupID) ?? Self.stated(details.inboundTrunkID)
        case .application: Self.stated(details.applicationID)
        }
    }

    private static func stated(_ id: String?) -> String? {
        guard let id = id?.trimmingCharacters(in: .whitespaces), !id.isEmpty, id.lowercased() != "null" else { return nil }
        return id
    }
}
