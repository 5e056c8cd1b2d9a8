import DialtoneCore

/// The trunks and applications each profile's account lists, by profile name, so the owned
/// table can show where a number routes by name rather than by id.
///
/// Read once per profile the first time Owned is shown, and again on `r`. While a list is being
/// read, where the provider documents none, or when reading it failed, a route shows its id.
public struct RouteDirectory: Sendable, Equatable {
    /// Where one profile's list stands.
    public enum Listing: Sendable, Equatable {
        case loading
        /// The account's trunks or applications, as listed.
        case loaded([RouteTarget])
        /// No list: the provider documents none, or reading it failed (why, in words).
        case unavailable(String)
    }

    /// Each profile's listing; a profile not in it has not been asked yet.
    public private(set) var listings: [String: Listing] = [:]
    /// Names by route, per profile, built once per list so a frame looks each row up in a hash.
    private var names: [String: [NumberRoute: String]] = [:]

    public init() {}

    /// The list of `profile`'s trunks or applications, once read.
    public func targets(of profile: String) -> [RouteTarget]? {
        if case .loaded(let targets) = listings[profile] { return targets }
        return nil
    }

    /// The name `profile`'s account gives `route`, or `nil` when its list does not name it (yet).
    public func name(of route: NumberRoute, profile: String) -> String? {
        names[profile]?[route]
    }

    /// `Mumbai PBX`, or the route's id where no name is known; `nil` for a number that routes nowhere.
    public func label(of route: NumberRoute?, profile: String) -> String? {
        route.map { name(of: $0, profile: profile) ?? $0.id }
    }

    /// Whether `profile`'s list has been asked for (it may still be loading).
    func isAsked(_ profile: String) -> Bool { listings[profile] != nil }

    mutating func set(_ listing: Listing, for profile: String) {
        listings[profile] = listing
        if case .loaded(let targets) = listing {
            names[profile] = Dictionary(targets.map { ($0.route, $0.name) }) { first, _ in first }
        } else if listing != .loading {
            names[profile] = nil
        }
    }
}
