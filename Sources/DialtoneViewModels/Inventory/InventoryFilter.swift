import DialtoneCore

/// The part of a query a provider cannot filter on its server, applied to each listed number.
/// The inventory screen and the headless `inventory` command share it, and its `note`.
public struct InventoryFilter: Sendable, Equatable {
    public var type: NumberType?
    public var capabilities: Set<Capability> = []

    public var isEmpty: Bool { type == nil && capabilities.isEmpty }

    /// Whether `number` passes. A number whose capabilities the provider did not state does not
    /// pass a capability filter: Dialtone does not claim what it does not know.
    public func matches(_ number: PhoneNumber) -> Bool {
        if let type, number.type != type { return false }
        guard !capabilities.isEmpty else { return true }
        return number.capabilities?.satisfies(capabilities) ?? false
    }

    /// Splits `query` into what `features` lets the server filter and what stays local.
    public static func split(_ query: InventoryQuery, features: ProviderFeatures) -> (server: InventoryQuery, local: InventoryFilter) {
        var server = query
        var local = InventoryFilter()
        if !features.filtersTypeOnServer {
            local.type = query.type
            server.type = nil
        }
        let onServer = features.serverCapabilities(for: query.capabilities)
        if onServer != query.capabilities {
            local.capabilities = query.capabilities
            server.capabilities = onServer
        }
        return (server, local)
    }

    /// `type filtered here: Vobiz cannot filter by type`: what is filtered here and why, for
    /// stderr and the status bar; `nil` when nothing is.
    public func note(provider: ProviderKind, features: ProviderFeatures) -> String? {
        var what: [String] = []
        var why: [String] = []
        if type != nil {
            what.append("type")
            why.append("filter by type")
        }
        if !capabilities.isEmpty {
            what.append("services")
            why.append(features.filtersCapabilitiesOnServer ? "filter by this set of services" : "filter by capability")
        }
        guard !what.isEmpty else { return nil }
        return "\(what.joined(separator: " and ")) filtered here: \(provider.displayName) cannot \(why.joined(separator: " or "))"
    }
}
