import DialtoneCore

/// One page to read from a provider, with everything needed captured so it runs off the main actor.
struct PageRequest: Sendable {
    /// A page read, with the filtering cursor it advanced when filtering locally.
    struct Loaded: Sendable {
        var page: InventoryPage
        var cursor: FilteredCursor?
    }

    let provider: any NumberProvider
    /// What the server is asked (filters it cannot apply removed).
    let server: InventoryQuery
    /// What is filtered here; empty when the server does all of it.
    let filter: InventoryFilter
    let page: Int
    let size: Int
    /// Where local filtering stands; used only when `filter` is not empty.
    let cursor: FilteredCursor

    /// Reads the page with `observer` hearing of every retry the transport waits out.
    func run(observingRetries observer: RetryObserver) async -> Result<Loaded, DialtoneError> {
        await RetryNotice.$observer.withValue(observer) { await run() }
    }

    /// Reads the page. Never throws: failures come back as `DialtoneError`.
    func run() async -> Result<Loaded, DialtoneError> {
        do {
            if filter.isEmpty {
                let page = try await provider.searchInventory(server.onPage(page))
                return .success(Loaded(page: page, cursor: nil))
            }
            let advanced = try await cursor.filled(
                forPage: page, size: size, server: server, filter: filter, provider: provider)
            return .success(Loaded(page: advanced.page(page, size: size), cursor: advanced))
        } catch {
            return .failure(.wrapping(error, provider: provider.kind))
        }
    }
}
