import Foundation

extension Array where Element == RouteTarget {
    /// The target `text` names: its id exactly, else its name ignoring case. Throws, naming
    /// what the account has, when none or several match.
    public func named(_ text: String, provider: ProviderKind) throws -> RouteTarget {
        let wanted = text.trimmingCharacters(in: .whitespaces)
        if let byID = first(where: { $0.route.id == wanted }) { return byID }
        let byName = filter { $0.name.caseInsensitiveCompare(wanted) == .orderedSame }
        if byName.count == 1 { return byName[0] }
        let noun = first?.route.kind.noun ?? "trunk or application"
        if byName.count > 1 {
            let ids = byName.map(\.route.id).joined(separator: ", ")
            throw DialtoneError(.validation, provider: provider, detail: "\(byName.count) \(noun)s are named \(wanted) (\(ids)); give the id")
        }
        let known = isEmpty ? "the account lists none" : "the account has \(map(\.name).sorted().joined(separator: ", "))"
        throw DialtoneError(.notFound, provider: provider, detail: "no \(noun) has the id or name \(wanted); \(known)")
    }

    /// The name of the target `route` names, or its id when the account does not list it.
    public func name(of route: NumberRoute) -> String {
        first { $0.route == route }?.name ?? route.id
    }
}
