/// What the user is looking for in a provider's inventory, with normalised paging.
public struct InventoryQuery: Sendable, Hashable, Codable {
    /// ISO 3166-1 alpha-2; required by Plivo, optional for Vobiz.
    public var country: String?
    /// Digits as typed. Vobiz: a substring of the E.164 number. Plivo: a prefix after the
    /// country code, where `*` and `?` are wildcards.
    public var search: String
    public var type: NumberType?
    public var capabilities: Set<Capability>
    /// Plivo's further search filters (city, region, LATA, rate center, NPA-NXX).
    public var filters: SearchFilters
    /// 1-based page number.
    public var page: Int
    public var pageSize: Int

    public init(
        country: String? = nil, search: String = "", type: NumberType? = nil,
        capabilities: Set<Capability> = [], filters: SearchFilters = SearchFilters(), page: Int = 1, pageSize: Int = 25
    ) {
        self.filters = filters
        self.country = country?.uppercased()
        self.search = search
        self.type = type
        self.capabilities = capabilities
        self.page = max(1, page)
        self.pageSize = max(1, pageSize)
    }

    /// The same query on another page.
    public func onPage(_ page: Int) -> InventoryQuery {
        var copy = self
        copy.page = max(1, page)
        return copy
    }

    /// Items to skip before this page.
    public var offset: Int { (page - 1) * pageSize }
}
