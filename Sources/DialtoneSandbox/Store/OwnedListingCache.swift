import GRDB
import NIOConcurrencyHelpers

/// Owned listings read whole once and paged from memory until the `numbers` table changes.
///
/// A client reads a fleet of 100 000 owned numbers as 1 000 pages by `offset`; answering each
/// from SQLite steps over `offset` index entries and counts the whole list again, so the
/// sandbox, not the client, would set the pace. Any committed change to `numbers` (a purchase,
/// a release, a relabel) empties the cache, so a page never shows a stale owner.
final class OwnedListingCache: Sendable {
    private let entries = NIOLockedValueBox<(generation: Int, listings: [String: [NumberRecord]])>((0, [:]))
    private let observation = NIOLockedValueBox<AnyDatabaseCancellable?>(nil)

    /// Drops every cached listing (called after each commit that touched `numbers`).
    func invalidate() {
        entries.withLockedValue { $0 = ($0.generation + 1, [:]) }
    }

    /// Rows `offset ..< offset + limit` of `listing` and its total.
    func page(_ listing: NumberQuery, limit: Int, offset: Int, in database: any DatabaseWriter) async throws -> NumberPage {
        let key = listing.cacheKey
        let (generation, cached) = entries.withLockedValue { ($0.generation, $0.listings[key]) }
        let records: [NumberRecord]
        if let cached {
            records = cached
        } else {
            records = try await database.read { db in try listing.fetch(db, limit: -1, offset: 0) }
            // Kept only if nothing changed while it was read.
            entries.withLockedValue { if $0.generation == generation { $0.listings[key] = records } }
        }
        let start = min(offset, records.count)
        return NumberPage(records: Array(records[start..<min(records.count, start + limit)]), total: records.count)
    }

    /// Invalidates on every commit that changes `numbers`, until `stopObserving()`.
    func observe(_ database: any DatabaseWriter) {
        let cancellable = DatabaseRegionObservation(tracking: Table("numbers"))
            .start(in: database, onError: { _ in self.invalidate() }, onChange: { _ in self.invalidate() })
        observation.withLockedValue { $0 = cancellable }
    }

    /// Ends the observation (the sandbox is stopping).
    func stopObserving() {
        observation.withLockedValue { observation in
            observation?.cancel()
            observation = nil
        }
    }
}
