import Foundation

/// Vobiz: inventory search, purchase from inventory, release, the account's numbers and balance.
///
/// Paths follow the seed documents' casing: `/api/v1/Account/…` for reads,
/// `/api/v1/account/…` for the purchase. Authentication is `X-Auth-ID` + `X-Auth-Token`.
public struct VobizClient: NumberProvider {
    public let kind = ProviderKind.vobiz
    let http: ProviderHTTP

    public init(credentials: ProviderCredentials, transport: HTTPTransport = HTTPTransport()) {
        http = ProviderHTTP(credentials: credentials, transport: transport)
    }

    public var credentials: ProviderCredentials { http.credentials }
    public var accountID: String { credentials.authID }
    public var endpoint: String { credentials.baseURL }

    public var features: ProviderFeatures {
        ProviderFeatures(
            canSearch: true, canBuy: true, hasBalance: true, requiresCountry: false, maxPageSize: 100,
            filtersTypeOnServer: false, filtersCapabilitiesOnServer: false,
            searchHelp: "digits anywhere in the number (Vobiz matches a substring of the E.164 number)",
            canRelease: true, canCancelRelease: true, assignableRoute: .trunk
        )
    }

    public func searchInventory(_ query: InventoryQuery) async throws -> InventoryPage {
        let pageSize = min(query.pageSize, features.maxPageSize)
        let search = E164.digits(query.search)
        let url = readURL("/inventory/numbers") + QueryString.build([
            ("country", query.country), ("search", search.isEmpty ? nil : search),
            ("page", String(query.page)), ("per_page", String(pageSize)),
        ])
        let list = try await http.get(url, as: VobizListDTO.self)
        let items = list.items.map { $0.phoneNumber() }
        let total = list.total
        let hasMore = total.map { query.page * pageSize < $0 } ?? (items.count == pageSize)
        return InventoryPage(
            items: items, page: query.page, pageSize: pageSize, total: total, hasMore: hasMore, skippedEntries: list.skipped)
    }

    public func purchase(_ number: PhoneNumber, permit: SendPermit) async throws -> PurchaseReceipt {
        // A currency the listing did not state is left to the provider ("defaults to the number's currency").
        let fields = ["e164": number.e164, "currency": number.currencyIsKnown ? number.currency : nil].compactMapValues { $0 }
        let body = try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])
        let url = "\(credentials.baseURL)/api/v1/account/\(credentials.pathID)/numbers/purchase-from-inventory"
        let response = try await http.postPurchase(url, body: body)
        // A 2xx that does not name the number is not a success: the money may be spent, so
        // the outcome must be reconciled, not assumed.
        guard let answer = try? JSONDecoder().decode(VobizPurchaseDTO.self, from: response.body),
              let bought = answer.bought(number.e164) else {
            throw DialtoneError(.outcomeUnknown, provider: kind, httpStatus: response.status, detail: "the answer did not name the number bought")
        }
        return PurchaseReceipt(
            provider: kind, e164: E164.fromWire(bought.e164),
            status: bought.status.map(NumberStatus.init(rawValue:)) ?? .active,
            message: answer.message, accountID: bought.owner ?? credentials.authID,
            setupFee: bought.fee(bought.setupFee), monthlyFee: bought.fee(bought.monthlyFee)
        )
    }

    /// `DELETE /api/v1/Account/{auth_id}/numbers/{digits}`, once: 204, or 200 with a message and
    /// perhaps a release fee and cooldown. Any 2xx means released; a body that cannot be read
    /// only loses the details.
    public func release(_ number: OwnedNumber, permit: SendPermit) async throws -> ReleaseReceipt {
        let response = try await http.deleteOnce(readURL("/numbers/\(QueryString.segment(E164.digits(number.e164)))"))
        let answer = response.body.isEmpty ? nil : try? JSONDecoder().decode(VobizReleaseDTO.self, from: response.body)
        // A fee whose currency neither the answer nor the number states is unknown, never the profile's default.
        let currency = answer?.currency ?? number.monthlyFee?.currency
        return ReleaseReceipt(
            provider: kind, e164: number.e164, message: answer?.message,
            releaseFee: answer?.releaseFee.flatMap { fee in currency.map { Money(fee, $0) } }, cooldownEndsAt: answer?.cooldownEndsAt)
    }

    /// `POST /api/v1/Account/{auth_id}/numbers/{digits}/cancel-release`, once: during the
    /// cooldown the number is active again and the release fee refunded. Any 2xx means
    /// restored; a body that cannot be read only loses the details.
    public func cancelRelease(_ number: OwnedNumber, permit: SendPermit) async throws -> ReleaseReceipt {
        let url = readURL("/numbers/\(QueryString.segment(E164.digits(number.e164)))/cancel-release")
        let response = try await http.postPurchase(url, body: Data("{}".utf8))
        let answer = response.body.isEmpty ? nil : try? JSONDecoder().decode(VobizCancelReleaseDTO.self, from: response.body)
        let currency = answer?.currency ?? number.monthlyFee?.currency
        return ReleaseReceipt(
            provider: kind, e164: number.e164, message: answer?.message,
            refunded: answer?.refunded.flatMap { fee in currency.map { Money(fee, $0) } })
    }

    public func ownedNumberList(_ query: OwnedQuery) async throws -> OwnedList {
        try await ownedNumberList(query) { _, _ in }
    }

    /// Reads the account's numbers with `ListPager` (8 in flight once `total` is known). Each
    /// request carries `page`/`per_page` and `limit`/`offset` both, since the two generations
    /// of the docs name them differently and a server honours one or the other.
    public func ownedNumberList(
        _ query: OwnedQuery, onPage: @escaping @Sendable ([OwnedNumber], ListProgress) -> Void
    ) async throws -> OwnedList {
        let pager = ListPager(pageSize: 100, maxPages: Self.maxOwnedPages, maxInFlight: 8)
        let (http, url, pool) = (http, readURL("/numbers"), OwnedDetails.Pool())
        let (numbers, incomplete, skipped) = try await pager.read(fetch: { index, size in
            let pageURL = url + QueryString.build([
                ("page", String(index + 1)), ("per_page", String(size)),
                ("limit", String(size)), ("offset", String(index * size)), ("include_subaccounts", "true"),
            ])
            let list = try await http.get(pageURL, as: VobizListDTO.self)
            return ListPager.Page(items: list.items.map { $0.ownedNumber(sharing: pool) }, total: list.total, skipped: list.skipped)
        }, onPage: { page, progress in onPage(page.filter(query.matches), progress) })
        return OwnedList(numbers: numbers.filter(query.matches), incompleteReason: incomplete, skippedEntries: skipped)
    }

    /// `GET …/balance/{currency}`; an unknown (`nil` or empty) currency asks for the profile's.
    public func account(currency: String?) async throws -> Account {
        let code = (currency.flatMap { $0.isEmpty ? nil : $0 } ?? credentials.currency).uppercased()
        let balance = try await http.get(readURL("/balance/\(QueryString.segment(code))"), as: VobizBalanceDTO.self)
        let available = balance.availableBalance ?? balance.balance
        let isSub = credentials.authID.hasPrefix("SA_")
        return Account(
            provider: kind, id: credentials.authID, billedAccountID: isSub ? nil : credentials.authID,
            balance: available.map { Money($0, balance.currency ?? code) }, isPostpaid: balance.isPostpaid ?? false
        )
    }

    /// Pages read at most for the owned list (1 000 000 numbers at 100 a page).
    static let maxOwnedPages = 10_000

    func readURL(_ suffix: String) -> String {
        "\(credentials.baseURL)/api/v1/Account/\(credentials.pathID)\(suffix)"
    }
}
