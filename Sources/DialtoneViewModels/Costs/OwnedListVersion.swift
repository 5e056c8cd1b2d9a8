import Foundation

/// Tells whether the owned list changed since the costs were added up, in constant time: the
/// list's storage, its length and when it was read. Filtering the Owned screen keeps the figures;
/// a reload, a saved list, rows streaming in or a new sort order (new storage) add them up again.
struct OwnedListVersion: Equatable {
    private var storage: UInt
    private var count: Int
    private var loadedAt: Date?
    private var cachedAt: Date?

    init(_ state: OwnedState) {
        let rows = state.rows.storage
        storage = rows.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
        count = rows.count
        loadedAt = state.loadedAt
        cachedAt = state.cachedAt
    }
}
