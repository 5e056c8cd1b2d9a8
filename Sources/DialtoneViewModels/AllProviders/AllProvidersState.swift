import DialtoneCore

/// One row of the all-providers list: a number and the profile that lists it (and would buy it).
public struct MergedRow: Sendable, Equatable {
    public var profile: String
    public var number: PhoneNumber
}

/// A value snapshot of the all-providers mode: the same country and search sent to every
/// profile that can search, each answering its own page, merged.
public struct AllProvidersState: Sendable, Equatable {
    /// One profile's part of the current page.
    public struct Source: Sendable, Equatable {
        /// How its request stands.
        public enum Phase: Sendable, Equatable {
            case loading
            case loaded
            case failed(DialtoneError)
        }

        public var profile: String
        public var provider: ProviderKind
        public var phase: Phase = .loading
        /// Its total when it states one.
        public var total: Int?
        /// Whether it has a page after the current one.
        public var hasMore = false
        /// Its own page size (within its maximum), so its pages stay exact.
        public var pageSize: Int

        /// `Vobiz 2/5`, `Vobiz done at 5/5`, `Plivo 2 · more`, `Plivo …`, `Plivo failed: …`, for the status bar.
        public func label(page: Int) -> String {
            let name = provider.displayName
            switch phase {
            case .loading: return "\(name) …"
            case .failed(let error): return "\(name) failed: \(error.headline)"
            case .loaded:
                if let total {
                    let pages = max(1, (total + pageSize - 1) / pageSize)
                    return page > pages ? "\(name) done at \(pages)/\(pages)" : "\(name) \(page)/\(pages)"
                }
                return "\(name) \(page) · \(hasMore ? "more" : "last")"
            }
        }
    }

    /// Whether the inventory shows the merged list instead of the active profile's.
    public var isActive = false
    /// The country, search and page every source is asked for.
    public var query = InventoryQuery()
    public var sources: [Source] = []
    /// The merged rows: by currency, then charged now (unknown last), then as listed.
    public var rows: [MergedRow] = []
    /// Index into `rows`; `nil` exactly when `rows` is empty.
    public var selectedIndex: Int?

    public init() {}

    public var selected: MergedRow? { selectedIndex.map { rows[$0] } }

    /// Whether any source has a later page.
    public var hasMore: Bool { sources.contains { $0.hasMore } }

    /// Whether a source is still answering.
    public var isLoading: Bool { sources.contains { $0.phase == .loading } }

    /// `page 2 · Vobiz 2/5 · Plivo …`, for the status bar.
    public var pageLabel: String {
        (["page \(query.page)"] + sources.map { $0.label(page: query.page) }).joined(separator: " · ")
    }

    /// `rows` in the merged order: within each currency by charge now, unknown last, and the
    /// rows whose currency the provider did not state after every currency; no amount is ever
    /// compared across currencies.
    static func merged(_ rows: [MergedRow]) -> [MergedRow] {
        rows.sortedStably { lhs, rhs in
            let (left, right) = (lhs.number.currency.uppercased(), rhs.number.currency.uppercased())
            if left != right { return !left.isEmpty && (right.isEmpty || left < right) }
            return (lhs.number.chargedNow?.amount ?? .greatestFiniteMagnitude) < (rhs.number.chargedNow?.amount ?? .greatestFiniteMagnitude)
        }
    }
}
