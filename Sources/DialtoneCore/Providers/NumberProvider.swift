/// One telephony provider's API, as the view models and commands see it.
///
/// Every method throws only `DialtoneError`. A purchase is sent exactly once: implementations
/// never retry `purchase(_:)`, and report an unanswered request as `.outcomeUnknown`.
public protocol NumberProvider: Sendable {
    /// Which provider this is.
    var kind: ProviderKind { get }
    /// The account id the credentials belong to (shown masked).
    var accountID: String { get }
    /// The base URL requests go to; with `kind` and `accountID` it names whose purchases these are.
    var endpoint: String { get }
    /// What this provider supports, so screens can disable what it lacks.
    var features: ProviderFeatures { get }

    /// One page of numbers for sale.
    func searchInventory(_ query: InventoryQuery) async throws -> InventoryPage
    /// Buys one number. Never retried.
    func purchase(_ number: PhoneNumber) async throws -> PurchaseReceipt
    /// Every number the account owns (all pages), and whether the list was read to its end.
    func ownedNumberList(_ query: OwnedQuery) async throws -> OwnedList
    /// `ownedNumberList(_:)` handing each page's numbers (those `query` admits) to `onPage` as
    /// it arrives, so a long list can be drawn while it loads.
    func ownedNumberList(
        _ query: OwnedQuery, onPage: @escaping @Sendable ([OwnedNumber], ListProgress) -> Void
    ) async throws -> OwnedList
    /// The account's identity and balance, in `currency` where the provider keys balances by it.
    func account(currency: String?) async throws -> Account
}

// MARK: - Default implementations

extension NumberProvider {
    /// One call for the whole list, handed over as a single page.
    public func ownedNumberList(
        _ query: OwnedQuery, onPage: @escaping @Sendable ([OwnedNumber], ListProgress) -> Void
    ) async throws -> OwnedList {
        let list = try await ownedNumberList(query)
        onPage(list.numbers, ListProgress(pagesRead: 1, pagesTotal: 1))
        return list
    }

    /// The owned numbers, complete or not (for screens that show what there is).
    public func ownedNumbers(_ query: OwnedQuery) async throws -> [OwnedNumber] {
        try await ownedNumberList(query).numbers
    }
}

/// An owned-numbers listing and whether every page of it was read.
public struct OwnedList: Sendable, Hashable {
    public var numbers: [OwnedNumber]
    /// Why the list is not complete (a page cap was reached); `nil` when it is.
    public var incompleteReason: String?

    public init(numbers: [OwnedNumber], incompleteReason: String? = nil) {
        self.numbers = numbers
        self.incompleteReason = incompleteReason
    }
}

/// What a provider can do and how its search behaves.
public struct ProviderFeatures: Sendable, Hashable {
    /// It lists numbers for sale.
    public var canSearch: Bool
    /// It sells numbers through its API.
    public var canBuy: Bool
    /// It reports a balance.
    public var hasBalance: Bool
    /// A search needs a country (Plivo).
    public var requiresCountry: Bool
    /// Largest page the API serves.
    public var maxPageSize: Int
    /// It filters by number type on the server.
    public var filtersTypeOnServer: Bool
    /// It filters by capability on the server.
    public var filtersCapabilitiesOnServer: Bool
    /// What the search field means for this provider, for help and prompts.
    public var searchHelp: String

    public init(
        canSearch: Bool, canBuy: Bool, hasBalance: Bool, requiresCountry: Bool, maxPageSize: Int,
        filtersTypeOnServer: Bool, filtersCapabilitiesOnServer: Bool, searchHelp: String
    ) {
        self.canSearch = canSearch
        self.canBuy = canBuy
        self.hasBalance = hasBalance
        self.requiresCountry = requiresCountry
        self.maxPageSize = maxPageSize
        self.filtersTypeOnServer = filtersTypeOnServer
        self.filtersCapabilitiesOnServer = filtersCapabilitiesOnServer
        self.searchHelp = searchHelp
    }
}
