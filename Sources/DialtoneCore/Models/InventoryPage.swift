import Foundation

/// One page of inventory as the view model asked for it.
public struct InventoryPage: Sendable, Hashable, Codable {
    public var items: [PhoneNumber]
    public var page: Int
    public var pageSize: Int
    /// Total matching numbers when the provider says; `nil` otherwise.
    public var total: Int?
    /// Whether a later page exists.
    public var hasMore: Bool
    /// When the page was read, for the listing's age in the confirmation dialog.
    public var fetchedAt: Date

    public init(items: [PhoneNumber], page: Int, pageSize: Int, total: Int?, hasMore: Bool, fetchedAt: Date = Date()) {
        self.items = items
        self.page = page
        self.pageSize = pageSize
        self.total = total
        self.hasMore = hasMore
        self.fetchedAt = fetchedAt
    }

    /// Number of pages when the total is known.
    public var pageCount: Int? {
        total.map { max(1, ($0 + pageSize - 1) / pageSize) }
    }
}
