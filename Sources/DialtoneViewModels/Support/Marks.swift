/// Something a list can mark: the key it is marked by stays the same when the item is read
/// again (a number, not a row position).
public protocol Markable: Sendable, Equatable {
    associatedtype MarkKey: Hashable & Sendable
    var markKey: MarkKey { get }
}

/// Items marked for one combined action, in the order they were marked. Kept by key, not by
/// row, so paging, sorting, filtering and reloading keep them; a set of keys answers
/// `contains` at once, so drawing a marked list of 100 000 rows costs no more than an unmarked one.
public struct Marks<Item: Markable>: Sendable, Equatable {
    /// The marked items, as last seen, in marking order.
    public private(set) var items: [Item] = []
    private var keys: Set<Item.MarkKey> = []

    public init() {}

    public var count: Int { items.count }
    public var isEmpty: Bool { items.isEmpty }

    /// Whether the item with `key` is marked.
    public func contains(_ key: Item.MarkKey) -> Bool { keys.contains(key) }

    /// Marks `item`, or unmarks it when it is marked.
    mutating func toggle(_ item: Item) {
        if keys.remove(item.markKey) != nil {
            items.removeAll { $0.markKey == item.markKey }
        } else {
            keys.insert(item.markKey)
            items.append(item)
        }
    }

    /// Marks every one of `batch` not marked yet, after those already marked.
    mutating func mark(_ batch: some Sequence<Item>) {
        for item in batch where keys.insert(item.markKey).inserted { items.append(item) }
    }

    /// Unmarks every item whose key is in `removed`.
    mutating func unmark(_ removed: Set<Item.MarkKey>) {
        guard !removed.isEmpty, !keys.isDisjoint(with: removed) else { return }
        keys.subtract(removed)
        items.removeAll { removed.contains($0.markKey) }
    }

    /// Unmarks the item with `key`.
    mutating func remove(_ key: Item.MarkKey) { unmark([key]) }

    mutating func removeAll() {
        items.removeAll()
        keys.removeAll()
    }

    /// Keeps the marks of items still in `current`, replaced by their current form, and drops
    /// the others (read again, a marked number no longer listed is no longer marked).
    mutating func refresh(from current: some Sequence<Item>) {
        guard !isEmpty else { return }
        var fresh: [Item.MarkKey: Item] = [:]
        for item in current where keys.contains(item.markKey) { fresh[item.markKey] = item }
        items = items.compactMap { fresh[$0.markKey] }
        keys = Set(fresh.keys)
    }
}
