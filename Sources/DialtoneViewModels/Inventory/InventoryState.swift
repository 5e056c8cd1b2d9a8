import DialtoneCore
import Foundation

/// A value snapshot of the inventory screen: what was asked, what is shown, and why.
public struct InventoryState: Sendable, Equatable {
    /// The provider being browsed; `nil` before a profile is active.
    public var provider: ProviderKind?
    /// What that provider supports (search help, server-side filters, page size limit).
    public var features: ProviderFeatures?
    /// The query and the page the rows belong to (or are being loaded for).
    public var query: InventoryQuery
    /// The rows of the current page, in `sort` order.
    public var rows: [PhoneNumber] = []
    /// Index into `rows`; `nil` exactly when `rows` is empty.
    public var selectedIndex: Int?
    /// Total matching numbers when known.
    public var total: Int?
    /// Whether a later page exists.
    public var hasMore = false
    /// Whether `rows` are the provider's answer for `query.page` (not a load still under way).
    public var pageLoaded = false
    public var isLoading = false
    /// Set while a failed read waits to be tried again; cleared when the load ends.
    public var retrying: RetryNotice?
    /// When the next attempt of `retrying` is due, for a countdown.
    public var retryDue: Date?
    /// The last failure; cleared by a successful load. `retry` reloads the same page.
    public var error: DialtoneError?
    /// Why nothing can be listed (no search API, country needed), when that is the case.
    public var notice: String?
    public var sort: InventorySort = .listing
    /// When the shown page was read from the provider, for the listing's age.
    public var fetchedAt: Date?
    /// Set while the rows shown are the page saved by an earlier run (when it was saved); cleared
    /// when the provider's fresh page arrives. Nothing is bought from these rows.
    public var cachedAt: Date?
    /// Filters the provider cannot apply are applied here, across server pages.
    public var filtersLocally = false
    /// `type filtered here: Vobiz cannot filter by type` while `filtersLocally`, for the status bar.
    public var localFilterNote: String?
    /// What became of the typed search: the keypad reading (`searching 3569377 (FLOWERS on a
    /// phone keypad)`) or why it was refused; `nil` for plain digits.
    public var searchNote: String?
    /// Set when local filtering stopped scanning early: counts cover the scanned numbers only.
    public var scanLimited = false
    /// Entries of the shown page the provider listed but that could not be read.
    public var skippedEntries = 0
    /// Numbers the type filter left out because their type is unknown, across the pages scanned.
    public var unknownTypeCount = 0
    /// Numbers marked for one combined purchase; kept across pages and queries.
    public var marks = InventoryMarks()

    public init(query: InventoryQuery) {
        self.query = query
    }

    /// The selected row.
    public var selected: PhoneNumber? { selectedIndex.map { rows[$0] } }

    /// Number of pages when the total is known.
    public var pageCount: Int? {
        total.map { max(1, ($0 + query.pageSize - 1) / query.pageSize) }
    }

    /// What the search field means for this provider.
    public var searchHelp: String { features?.searchHelp ?? "" }

    /// `page 3/40 · 987 numbers`, `page 3 · more`, or `page 3 · last`, for the status bar;
    /// `nil` until the provider has said (nothing loaded yet, or the load failed).
    public var pageLabel: String? {
        let page = query.page
        let skipped = (SkippedEntries.phrase(skippedEntries).map { " · \($0)" } ?? "")
            + (unknownTypeCount > 0 ? " · \(unknownTypeCount) of unknown type left out" : "")
        if let total, let pageCount {
            return "page \(page)/\(pageCount) · \(Plural.count(total, "number"))" + skipped
        }
        guard pageLoaded else { return nil }
        return "page \(page) · " + (hasMore ? "more" : "last") + skipped
    }
}

/// How the rows of a page are ordered. Providers do not sort, so this orders the page shown.
public enum InventorySort: String, Sendable, CaseIterable {
    /// As the provider listed them.
    case listing
    case number
    case monthlyFee
    case setupFee
    case region

    /// Label for the status bar.
    public var label: String {
        switch self {
        case .listing: "as listed"
        case .number: "number"
        case .monthlyFee: "monthly fee"
        case .setupFee: "setup fee"
        case .region: "region"
        }
    }

    /// The next order in the cycle (`s` key).
    public var next: InventorySort {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    private static func key(_ fee: Money?) -> Decimal { fee?.amount ?? .greatestFiniteMagnitude }

    /// `numbers` in this order; ties keep the listing order.
    func apply(to numbers: [PhoneNumber]) -> [PhoneNumber] {
        switch self {
        case .listing: numbers
        case .number: numbers.sortedStably { $0.e164 < $1.e164 }
        // An unknown fee sorts after every known one.
        case .monthlyFee: numbers.sortedStably { Self.key($0.monthlyFee) < Self.key($1.monthlyFee) }
        case .setupFee: numbers.sortedStably { Self.key($0.setupFee) < Self.key($1.setupFee) }
        case .region: numbers.sortedStably { ($0.region ?? "", $0.city ?? "") < ($1.region ?? "", $1.city ?? "") }
        }
    }
}

extension Array {
    /// A sort that keeps equal elements in their original order.
    func sortedStably(by areInIncreasingOrder: (Element, Element) -> Bool) -> [Element] {
        enumerated().sorted { lhs, rhs in
            if areInIncreasingOrder(lhs.element, rhs.element) { return true }
            if areInIncreasingOrder(rhs.element, lhs.element) { return false }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}
