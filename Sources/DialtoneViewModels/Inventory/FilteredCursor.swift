import DialtoneCore
import Foundation

/// Pages of a locally filtered listing, built by reading the provider's pages in order.
///
/// Page N of the filtered view is matches `(N-1)·size ..< N·size`, so page counts stay honest:
/// the total is known only once the provider's listing is exhausted, `hasMore` otherwise. A value
/// type: each fetch returns an extended copy, and the model keeps whichever copy got furthest.
public struct FilteredCursor: Sendable {
    /// Server pages read per fill at most, so a filter that matches nothing cannot walk the whole inventory.
    static let maxServerPagesPerFill = 20

    var matches: [PhoneNumber] = []
    var nextServerPage = 1
    var exhausted = false
    /// Set when a fill stopped at `maxServerPagesPerFill`; the listing is then treated as ending there.
    public var limited = false
    var fetchedAt: Date?

    public init() {}

    /// Provider pages read so far.
    public var scannedPages: Int { nextServerPage - 1 }
    /// Entries of the server pages read that could not be read.
    public var skippedEntries = 0
    /// Numbers a type filter left out because their type is unknown (not that they are another type).
    var unknownType = 0

    /// Reads server pages until `page` of `size` filtered rows can be served.
    public func filled(
        forPage page: Int, size: Int, server: InventoryQuery, filter: InventoryFilter,
        provider: any NumberProvider
    ) async throws -> FilteredCursor {
        var cursor = self
        var read = 0
        while cursor.matches.count < page * size + 1, !cursor.exhausted {
            guard read < Self.maxServerPagesPerFill else {
                cursor.exhausted = true
                cursor.limited = true
                break
            }
            try Task.checkCancellation()
            let listing = try await provider.searchInventory(server.onPage(cursor.nextServerPage))
            cursor.matches += listing.items.filter(filter.matches)
            if filter.type != nil { cursor.unknownType += listing.items.count { $0.type.isUnknown } }
            cursor.skippedEntries += listing.skippedEntries
            cursor.nextServerPage += 1
            cursor.exhausted = !listing.hasMore || listing.items.isEmpty
            cursor.fetchedAt = listing.fetchedAt
            read += 1
        }
        return cursor
    }

    /// `page` of `size` rows from the matches gathered so far.
    public func page(_ page: Int, size: Int) -> InventoryPage {
        let start = min((page - 1) * size, matches.count)
        let end = min(start + size, matches.count)
        return InventoryPage(
            items: Array(matches[start..<end]), page: page, pageSize: size,
            total: exhausted ? matches.count : nil, hasMore: end < matches.count || !exhausted,
            fetchedAt: fetchedAt ?? Date(), skippedEntries: skippedEntries
        )
    }

    /// Whichever of two cursors over the same listing has read further.
    func furthest(_ other: FilteredCursor?) -> FilteredCursor {
        guard let other, other.nextServerPage > nextServerPage else { return self }
        return other
    }
}
