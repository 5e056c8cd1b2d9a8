/// One telephony provider's API, as the view models and commands see it.
///
/// Every method throws only `DialtoneError`. A purchase or a release is sent exactly once:
/// implementations never retry `purchase(_:permit:)` or `release(_:permit:)`, and report an
/// unanswered request as `.outcomeUnknown`. Both take a `SendPermit`, which only `Broker` can
/// make: nothing else can spend money or give a number up.
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
    /// Buys one number, carrying out the journalled intent `permit` names. Never retried.
    func purchase(_ number: PhoneNumber, permit: SendPermit) async throws -> PurchaseReceipt
    /// Gives up one owned number, carrying out the journalled intent `permit` names. Never
    /// retried; `.unsupported` where the provider documents no release.
    func release(_ number: OwnedNumber, permit: SendPermit) async throws -> ReleaseReceipt
    /// Cancels the pending release of one owned number during its cooldown, carrying out the
    /// journalled intent `permit` names. Never retried; `.unsupported` where the provider
    /// documents no cancellation.
    func cancelRelease(_ number: OwnedNumber, permit: SendPermit) async throws -> ReleaseReceipt
    /// The trunks or applications the account's numbers can route to (every page);
    /// `.unsupported` where the provider documents no list.
    func routeTargets() async throws -> [RouteTarget]
    /// Routes `number` to `route` (of `features.assignableRoute`'s kind), or detaches it when
    /// `route` is `nil`, carrying out the journalled intent `permit` names. Never retried;
    /// `.unsupported` where the provider documents no routing change.
    func assign(_ number: OwnedNumber, to route: NumberRoute?, permit: SendPermit) async throws -> AssignReceipt
    /// Every number the account owns (all pages), and whether the list was read to its end.
    func ownedNumberList(_ query: OwnedQuery) async throws -> OwnedList
    /// `ownedNumberList(_:)` handing each page's numbers (those `query` admits) to `onPage` as
    /// it arrives, so a long list can be drawn while it loads.
    func ownedNumberList(
        _ query: OwnedQuery, onPage: @escaping @Sendable ([OwnedNumber], ListProgress) -> Void
    ) async throws -> OwnedList
    /// The account's identity and balance, in `currency` where the provider keys balances by it.
    func account(currency: String?) async throws -> Account
    /// Who pays for a purchase and the options it is sent with.
    var purchaseTerms: PurchaseTerms { get }
    /// This client with its purchases carrying `route` in the one request (Plivo's `app_id`);
    /// `nil` where a purchase cannot carry one, and the number is routed after it is bought.
    func purchasing(routedTo route: NumberRoute) -> (any NumberProvider)?
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

    /// No purchase options; a sub-account's purchase bills its parent main account.
    public var purchaseTerms: PurchaseTerms { .plain(accountID: accountID) }

    /// Providers without a documented release endpoint.
    public func release(_ number: OwnedNumber, permit: SendPermit) async throws -> ReleaseReceipt {
        throw DialtoneError(.unsupported, provider: kind, detail: "\(kind.displayName) documents no way to release a number")
    }

    /// Providers without a documented way to cancel a release.
    public func cancelRelease(_ number: OwnedNumber, permit: SendPermit) async throws -> ReleaseReceipt {
        throw DialtoneError(.unsupported, provider: kind, detail: "\(kind.displayName) documents no way to cancel a release")
    }

    /// Purchases carry no routing; a bought number is routed by a change of its own.
    public func purchasing(routedTo route: NumberRoute) -> (any NumberProvider)? { nil }

    /// Providers without a documented list of trunks or applications.
    public func routeTargets() async throws -> [RouteTarget] {
        throw DialtoneError(.unsupported, provider: kind, detail: "\(kind.displayName) documents no list of trunks or applications")
    }

    /// Providers without a documented routing change.
    public func assign(_ number: OwnedNumber, to route: NumberRoute?, permit: SendPermit) async throws -> AssignReceipt {
        throw DialtoneError(.unsupported, provider: kind, detail: "\(kind.displayName) documents no way to change where a number routes")
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
    /// Entries the provider listed that could not be read and are left out.
    public var skippedEntries: Int

    public init(numbers: [OwnedNumber], incompleteReason: String? = nil, skippedEntries: Int = 0) {
        self.numbers = numbers
        self.incompleteReason = incompleteReason
        self.skippedEntries = skippedEntries
    }

    /// Why this list cannot prove that a number is absent, or `nil` when it can: it was read to
    /// its end with a total that held, every entry decoded, and no number listed twice (a
    /// repeat means the list shifted between pages, so another entry may have been passed over).
    public var whyNotProofOfAbsence: String? {
        if let incompleteReason { return "the owned list was read only in part (\(incompleteReason))" }
        if skippedEntries > 0 {
            return "\(Plural.count(skippedEntries, "owned-list entry")) could not be read"
        }
        var seen = Set<String>()
        let repeated = numbers.filter { !seen.insert($0.e164).inserted }.count
        if repeated > 0 { return "the owned list named \(Plural.count(repeated, "number")) twice, so it shifted while read" }
        return nil
    }
}

/// What a provider can do and how its search behaves.
public struct ProviderFeatures: Sendable, Hashable {
    /// It lists numbers for sale.
    public var canSearch: Bool
    /// It sells numbers through its API.
    public var canBuy: Bool
    /// It releases owned numbers through its API.
    public var canRelease: Bool
    /// A release enters a cooldown during which it can be cancelled (Vobiz).
    public var canCancelRelease: Bool
    /// What a number's routing can be changed to through the API (Vobiz: a trunk; Plivo: an
    /// application); `nil` where the provider documents no change.
    public var assignableRoute: NumberRoute.Kind?
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
    /// The capability sets the server filters on; empty means any set it filters at all. A set
    /// outside the list is filtered on the server as far as a listed subset goes, the rest here.
    public var capabilityCombinations: [Set<Capability>]
    /// The further search filters (`SearchFilters`) the server applies; the filter form offers only these.
    public var searchFilters: [SearchFilters.Key]
    /// The characters the search field takes as wildcards besides digits (Plivo: `*` and `?`).
    public var searchWildcards: [Character]

    public init(
        canSearch: Bool, canBuy: Bool, hasBalance: Bool, requiresCountry: Bool, maxPageSize: Int,
        filtersTypeOnServer: Bool, filtersCapabilitiesOnServer: Bool, searchHelp: String,
        capabilityCombinations: [Set<Capability>] = [], searchFilters: [SearchFilters.Key] = [], canRelease: Bool = false,
        searchWildcards: [Character] = [], canCancelRelease: Bool = false, assignableRoute: NumberRoute.Kind? = nil
    ) {
        self.assignableRoute = assignableRoute
        self.canCancelRelease = canCancelRelease
        self.searchWildcards = searchWildcards
        self.capabilityCombinations = capabilityCombinations
        self.searchFilters = searchFilters
        self.canSearch = canSearch
        self.canBuy = canBuy
        self.canRelease = canRelease
        self.hasBalance = hasBalance
        self.requiresCountry = requiresCountry
        self.maxPageSize = maxPageSize
        self.filtersTypeOnServer = filtersTypeOnServer
        self.filtersCapabilitiesOnServer = filtersCapabilitiesOnServer
        self.searchHelp = searchHelp
    }
}

extension ProviderFeatures {
    /// The part of `wanted` the server can filter on: all of it, or the largest listed
    /// combination inside it (possibly none).
    public func serverCapabilities(for wanted: Set<Capability>) -> Set<Capability> {
        guard filtersCapabilitiesOnServer else { return [] }
        guard !capabilityCombinations.isEmpty, !capabilityCombinations.contains(wanted) else { return wanted }
        return capabilityCombinations.filter { $0.isSubset(of: wanted) }.max { $0.count < $1.count } ?? []
    }
}
