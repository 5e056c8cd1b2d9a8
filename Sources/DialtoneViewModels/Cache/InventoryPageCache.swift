import DialtoneCore
import Foundation

/// Each profile's last first page of inventory on disk, drawn at start (marked with its age)
/// while the provider is asked again. Never quoted from: buying waits for the fresh page.
public struct InventoryPageCache: Sendable {
    /// What one entry holds: the page and the query it answered.
    struct Saved: Codable, Sendable {
        var query: InventoryQuery
        var page: InventoryPage
    }

    let cache: WarmCache

    public init(cache: WarmCache) {
        self.cache = cache
    }

    /// The saved first page of `session`'s inventory, when it answered the same filters as `query`.
    func load(for session: ProfileSession, matching query: InventoryQuery) -> WarmCache.Entry<InventoryPage>? {
        guard let entry = cache.load(Saved.self, for: Self.key(session)),
              Self.filters(of: entry.value.query) == Self.filters(of: query) else { return nil }
        return WarmCache.Entry(value: entry.value.page, savedAt: entry.savedAt)
    }

    /// Saves `page` (a first page just read from the provider) off the main actor.
    func save(_ page: InventoryPage, query: InventoryQuery, for session: ProfileSession) {
        let (cache, key, saved) = (cache, Self.key(session), Saved(query: query, page: page))
        Task.detached(priority: .utility) { cache.save(saved, for: key, savedAt: page.fetchedAt) }
    }

    static func key(_ session: ProfileSession) -> WarmCache.Key {
        WarmCache.Key(provider: session.provider.kind, endpoint: session.endpoint, accountID: session.provider.accountID, entry: "inventory")
    }

    /// The query without its page and page size: the filters a first page answers.
    private static func filters(of query: InventoryQuery) -> InventoryQuery {
        var filters = query
        filters.page = 1
        filters.pageSize = 0
        return filters
    }
}
