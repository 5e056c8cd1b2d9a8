import DialtoneCore

/// The part of a query a provider cannot filter on its server, applied to each listed number.
struct InventoryFilter: Sendable, Equatable {
    var type: NumberType?
    var capabilities: Set<Capability> = []

    var isEmpty: Bool { type == nil && capabilities.isEmpty }

    /// Whether `number` passes. A number whose capabilities the provider did not state does not
    /// pass a capability filter: Dialtone does not claim what it does not know.
    func matches(_ number: PhoneNumber) -> Bool {
        if let type, number.type != type { return false }
        guard !capabilities.isEmpty else { return true }
        return number.capabilities?.satisfies(capabilities) ?? false
    }

    /// Splits `query` into what `features` lets the server filter and what stays local.
    static func split(_ query: InventoryQuery, features: ProviderFeatures) -> (server: InventoryQuery, local: InventoryFilter) {
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
}
