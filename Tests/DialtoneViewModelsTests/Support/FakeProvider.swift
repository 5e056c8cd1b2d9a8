import DialtoneCore
import Foundation
import Synchronization
import Testing

/// An in-memory `NumberProvider`: pages a fixed inventory, records every call, and can hold
/// searches until a test releases them, fail the next search, or answer a purchase in several ways.
final class FakeProvider: NumberProvider {
    enum PurchaseBehaviour: Sendable {
        case succeed
        case refuse(DialtoneError)
        /// The number is bought, but the answer is lost or is an error (a gateway's 504, a timeout).
        case commitThenFail(DialtoneError)
        /// Nothing is bought and the answer is lost.
        case dropWithoutCommit
    }

    struct State {
        var inventory: [PhoneNumber]
        var owned: [OwnedNumber] = []
        var searches: [InventoryQuery] = []
        var purchases: [String] = []
        var ownedCalls = 0
        var failNextSearches = 0
        var failOwned: DialtoneError?
        /// Answer the owned list as read only in part, for this reason.
        var ownedIncomplete: String?
        /// Owned numbers whose entries the list carries but that cannot be read (skipped).
        var ownedUnreadable: Set<String> = []
        /// Owned numbers the list names twice (a list that shifted between pages).
        var ownedRepeated: Set<String> = []
        var holdSearches = false
        /// Hold owned listings (with the searches' continuations) until a test releases them.
        var holdOwned = false
        var held: [CheckedContinuation<Void, Never>] = []
        var purchaseBehaviour = PurchaseBehaviour.succeed
        var releases: [String] = []
        /// How a release answers (the same four ways as a purchase).
        var releaseBehaviour = PurchaseBehaviour.succeed
        /// How the release of one number answers, where it differs from `releaseBehaviour`.
        var releaseBehaviours: [String: PurchaseBehaviour] = [:]
        /// Every cancelled release sent, in order.
        var cancels: [String] = []
        /// How a cancelled release answers (the same four ways as a purchase).
        var cancelBehaviour = PurchaseBehaviour.succeed
        var balance: Money?
        /// What `routeTargets()` lists; `nil` answers `.unsupported`.
        var routeTargets: [RouteTarget]?
        /// How many times the route list was read.
        var routeTargetCalls = 0
    }

    let kind: ProviderKind
    let accountID: String
    let endpoint: String
    let features: ProviderFeatures
    let reportsTotal: Bool
    let state: Mutex<State>

    init(
        kind: ProviderKind = .plivo, accountID: String = "MA_TESTACCOUNT01", endpoint: String = "https://fake.test",
        inventory: [PhoneNumber] = [], features: ProviderFeatures = .serverFiltering, reportsTotal: Bool = true
    ) {
        self.kind = kind
        self.accountID = accountID
        self.endpoint = endpoint
        self.features = features
        self.reportsTotal = reportsTotal
        self.state = Mutex(State(inventory: inventory))
    }

    var searches: [InventoryQuery] { state.withLock { $0.searches } }
    var purchases: [String] { state.withLock { $0.purchases } }
    var heldCount: Int { state.withLock { $0.held.count } }

    func update(_ change: (inout State) -> Void) { state.withLock { change(&$0) } }

    /// Lets the oldest held search answer.
    func releaseOldest() {
        let next = state.withLock { $0.held.isEmpty ? nil : $0.held.removeFirst() }
        next?.resume()
    }

    /// Lets the newest held search answer.
    func releaseNewest() {
        let next = state.withLock { $0.held.popLast() }
        next?.resume()
    }

    func searchInventory(_ query: InventoryQuery) async throws -> InventoryPage {
        let (hold, fail) = state.withLock { state in
            state.searches.append(query)
            let fail = state.failNextSearches > 0
            if fail { state.failNextSearches -= 1 }
            return (state.holdSearches, fail)
        }
        if hold {
            await withCheckedContinuation { continuation in state.withLock { $0.held.append(continuation) } }
        }
        if fail { throw DialtoneError(.server, provider: kind, httpStatus: 503, providerMessage: "try later") }
        let matching = state.withLock { $0.inventory }.filter { matches($0, query) }
        let start = min(query.offset, matching.count)
        let end = min(start + query.pageSize, matching.count)
        return InventoryPage(
            items: Array(matching[start..<end]), page: query.page, pageSize: query.pageSize,
            total: reportsTotal ? matching.count : nil, hasMore: end < matching.count,
            fetchedAt: TestClock.origin)
    }

    private func matches(_ number: PhoneNumber, _ query: InventoryQuery) -> Bool {
        if let country = query.country, number.country != country { return false }
        if !query.search.isEmpty, !number.e164.contains(query.search) { return false }
        if let type = query.type, number.type != type { return false }
        return query.capabilities.isEmpty || number.capabilities?.satisfies(query.capabilities) == true
    }

    func purchase(_ number: PhoneNumber, permit: SendPermit) async throws -> PurchaseReceipt {
        let behaviour = state.withLock { state in
            state.purchases.append(number.e164)
            return state.purchaseBehaviour
        }
        let owned = OwnedNumber(provider: kind, e164: number.e164, country: number.country, monthlyFee: number.monthlyFee)
        switch behaviour {
        case .succeed:
            update { $0.owned.append(owned) }
            return PurchaseReceipt(provider: kind, e164: number.e164, status: .active, message: "Number purchased successfully")
        case .refuse(let error):
            throw error
        case .commitThenFail(let error):
            update { $0.owned.append(owned) }
            throw error
        case .dropWithoutCommit:
            throw DialtoneError(.outcomeUnknown, provider: kind)
        }
    }

    func release(_ number: OwnedNumber, permit: SendPermit) async throws -> ReleaseReceipt {
        let behaviour = state.withLock { state in
            state.releases.append(number.e164)
            return state.releaseBehaviours[number.e164] ?? state.releaseBehaviour
        }
        switch behaviour {
        case .succeed:
            update { $0.owned.removeAll { $0.e164 == number.e164 } }
            return ReleaseReceipt(provider: kind, e164: number.e164)
        case .refuse(let error):
            throw error
        case .commitThenFail(let error):
            update { $0.owned.removeAll { $0.e164 == number.e164 } }
            throw error
        case .dropWithoutCommit:
            throw DialtoneError(.outcomeUnknown, provider: kind)
        }
    }

    func cancelRelease(_ number: OwnedNumber, permit: SendPermit) async throws -> ReleaseReceipt {
        let behaviour = state.withLock { state in
            state.cancels.append(number.e164)
            return state.cancelBehaviour
        }
        let restore = { self.update { $0.owned = $0.owned.map { $0.e164 == number.e164 ? $0.with(status: .active) : $0 } } }
        switch behaviour {
        case .succeed:
            restore()
            return ReleaseReceipt(provider: kind, e164: number.e164, refunded: number.monthlyFee)
        case .refuse(let error):
            throw error
        case .commitThenFail(let error):
            restore()
            throw error
        case .dropWithoutCommit:
            throw DialtoneError(.outcomeUnknown, provider: kind)
        }
    }

    func ownedNumberList(_ query: OwnedQuery) async throws -> OwnedList {
        if state.withLock({ $0.holdOwned }) {
            await withCheckedContinuation { continuation in state.withLock { $0.held.append(continuation) } }
        }
        let (owned, failure, incomplete, unreadable, repeated) = state.withLock { state in
            state.ownedCalls += 1
            return (state.owned, state.failOwned, state.ownedIncomplete, state.ownedUnreadable, state.ownedRepeated)
        }
        if let failure { throw failure }
        let readable = owned.filter { !unreadable.contains($0.e164) }
        return OwnedList(
            numbers: readable + readable.filter { repeated.contains($0.e164) }, incompleteReason: incomplete,
            skippedEntries: owned.count - readable.count)
    }

    func routeTargets() async throws -> [RouteTarget] {
        let targets = state.withLock { state in
            state.routeTargetCalls += 1
            return state.routeTargets
        }
        guard let targets else { throw DialtoneError(.unsupported, provider: kind, detail: "no list of trunks") }
        return targets
    }

    func account(currency: String?) async throws -> Account {
        let balance = state.withLock { $0.balance }
        let billed: String? = accountID.hasPrefix("SA_") ? nil : accountID
        return Account(provider: kind, id: accountID, billedAccountID: billed, balance: balance)
    }
}

extension ProviderFeatures {
    /// Filters everything on the server, like Plivo.
    static let serverFiltering = ProviderFeatures(
        canSearch: true, canBuy: true, hasBalance: true, requiresCountry: false, maxPageSize: 20,
        filtersTypeOnServer: true, filtersCapabilitiesOnServer: true, searchHelp: "prefix after the country code",
        canRelease: true)

    /// Releases into a cancellable cooldown, like Vobiz.
    static let cooldownRelease = ProviderFeatures(
        canSearch: true, canBuy: true, hasBalance: true, requiresCountry: false, maxPageSize: 100,
        filtersTypeOnServer: false, filtersCapabilitiesOnServer: false, searchHelp: "any part of the number",
        canRelease: true, canCancelRelease: true)

    /// No capability or type filter on the server, like Vobiz.
    static let substringOnly = ProviderFeatures(
        canSearch: true, canBuy: true, hasBalance: true, requiresCountry: false, maxPageSize: 100,
        filtersTypeOnServer: false, filtersCapabilitiesOnServer: false, searchHelp: "any part of the number")
}

/// Test inventory: `count` US numbers `+1415555000…`, every third with SMS, fees in USD.
func sampleNumbers(_ count: Int, country: String = "US", provider: ProviderKind = .plivo) -> [PhoneNumber] {
    (0..<count).map { index in
        PhoneNumber(
            provider: provider, e164: "+1415555\(String(format: "%04d", index))", country: country,
            region: "CA", city: "San Francisco", type: index % 5 == 0 ? .tollfree : .local,
            capabilities: Capabilities(voice: true, sms: index % 3 == 0),
            setupFee: Money(Decimal(string: "1.50")!, "USD"), monthlyFee: Money(Decimal(string: "0.80")!, "USD"))
    }
}

/// Polls (yielding) until `condition` holds; fails the test instead of hanging.
@MainActor
func waitUntil(_ condition: () -> Bool, sourceLocation: SourceLocation = #_sourceLocation) async {
    for _ in 0..<100_000 {
        if condition() { return }
        await Task.yield()
    }
    Issue.record("condition never held", sourceLocation: sourceLocation)
}


extension OwnedNumber {
    /// This number with another status.
    func with(status: NumberStatus) -> OwnedNumber {
        var copy = self
        copy.status = status
        return copy
    }
}
