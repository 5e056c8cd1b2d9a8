import Foundation

/// Plivo: number search and buy, rented numbers, account cash credits. HTTP Basic auth.
///
/// Plivo pages by `limit` (at most 20) and `offset`; a larger page asked for by the view model
/// is read as consecutive chunks, so paging stays exact.
public struct PlivoClient: NumberProvider {
    public let kind = ProviderKind.plivo
    let http: ProviderHTTP
    /// What every buy call carries besides the number.
    public let buyOptions: PlivoBuyOptions
    /// Plivo's largest `limit`.
    static let maxLimit = 20
    /// The `services` values seed 003 documents: `voice`, `sms`, `mms`, `voice,sms`, `voice,sms,mms`.
    static let servicesCombinations: [Set<Capability>] = [[.voice], [.sms], [.mms], [.voice, .sms], [.voice, .sms, .mms]]

    public init(credentials: ProviderCredentials, buyOptions: PlivoBuyOptions = .none, transport: HTTPTransport = HTTPTransport()) {
        http = ProviderHTTP(credentials: credentials, transport: transport)
        self.buyOptions = buyOptions
    }

    private init(http: ProviderHTTP, buyOptions: PlivoBuyOptions) {
        self.http = http
        self.buyOptions = buyOptions
    }

    /// The same client, buying with `options` instead.
    public func buying(with options: PlivoBuyOptions) -> PlivoClient {
        PlivoClient(http: http, buyOptions: options)
    }

    /// A number bought for a sub-account is still bought and paid for by the main account.
    public var purchaseTerms: PurchaseTerms {
        guard let sub = buyOptions.subaccount else {
            return PurchaseTerms(billing: PurchaseTerms.plain(accountID: accountID).billing, options: buyOptions.lines)
        }
        return PurchaseTerms(billing: .mainAccount(accountID, assignedTo: sub), options: buyOptions.lines)
    }

    public var credentials: ProviderCredentials { http.credentials }
    public var accountID: String { credentials.authID }
    public var endpoint: String { credentials.baseURL }

    public var features: ProviderFeatures {
        ProviderFeatures(
            canSearch: true, canBuy: true, hasBalance: true, requiresCountry: true, maxPageSize: 100,
            filtersTypeOnServer: true, filtersCapabilitiesOnServer: true,
            searchHelp: "digits the number starts with after the country code; * and ? are wildcards (Plivo pattern)",
            capabilityCombinations: Self.servicesCombinations, searchFilters: SearchFilters.Key.allCases,
            canRelease: true, searchWildcards: ["*", "?"], assignableRoute: .application
        )
    }

    public func searchInventory(_ query: InventoryQuery) async throws -> InventoryPage {
        guard let country = query.country, !country.isEmpty else {
            throw DialtoneError(.validation, provider: kind, detail: "Plivo searches one country at a time: pick a country first")
        }
        if let problem = query.filters.problem { throw DialtoneError(.validation, provider: kind, detail: problem) }
        let pageSize = min(query.pageSize, features.maxPageSize)
        var items: [PhoneNumber] = []
        var skipped = 0
        var total: Int?
        var offset = (query.page - 1) * pageSize
        let end = offset + pageSize
        var exhausted = false
        while offset < end, !exhausted {
            let limit = min(Self.maxLimit, end - offset)
            let list = try await http.get(searchURL(query, country: country, limit: limit, offset: offset), as: PlivoListDTO<PlivoSearchObjectDTO>.self)
            items += list.objects.map { $0.phoneNumber(country: country) }
            skipped += list.skipped
            total = list.meta?.totalCount ?? total
            exhausted = list.objects.count + list.skipped < limit || (list.meta.map { $0.next == nil } ?? false)
            offset += limit
        }
        let hasMore = total.map { end < $0 } ?? !exhausted
        return InventoryPage(
            items: items, page: query.page, pageSize: pageSize, total: total, hasMore: hasMore, skippedEntries: skipped)
    }

    /// `POST /v1/Account/{auth_id}/PhoneNumber/{number}/`, once, with `buyOptions` as its body.
    /// The number's own status in the answer decides (`PlivoBuyDTO.verdict`): a failure is
    /// `.refused`; a 2xx that does not confirm the number (one that leaves it out, a 206) is
    /// `.outcomeUnknown`, for the owned list to settle.
    public func purchase(_ number: PhoneNumber, permit: SendPermit) async throws -> PurchaseReceipt {
        let url = accountURL("/PhoneNumber/\(QueryString.segment(number.digits))/")
        let response: WireResponse
        do {
            response = try await http.postPurchase(url, body: buyOptions.body)
        } catch let error as DialtoneError where error.kind == .notFound && credentials.authID.hasPrefix("SA") {
            // Plivo answers a sub-account's buy with 404 even when the number exists.
            throw DialtoneError(.needsMainAccount, provider: kind, httpStatus: error.httpStatus, providerMessage: error.providerMessage)
        }
        guard let answer = try? JSONDecoder().decode(PlivoBuyDTO.self, from: response.body) else {
            throw DialtoneError(.outcomeUnknown, provider: kind, httpStatus: response.status, detail: "the answer could not be read")
        }
        switch answer.verdict(for: number.digits, httpStatus: response.status) {
        case .bought(let status):
            return PurchaseReceipt(
                provider: kind, e164: E164.fromWire(number.digits), status: status,
                message: answer.message, accountID: buyOptions.subaccount ?? credentials.authID,
                setupFee: number.setupFee, monthlyFee: number.monthlyFee
            )
        case .refused(let status, let words):
            throw DialtoneError(.refused, provider: kind, httpStatus: response.status, providerMessage: words, detail: "status \(status)")
        case .unconfirmed(let why):
            throw DialtoneError(.outcomeUnknown, provider: kind, httpStatus: response.status, detail: why)
        }
    }

    /// `DELETE /v1/Account/{auth_id}/Number/{number}/`, once; Plivo answers 204.
    public func release(_ number: OwnedNumber, permit: SendPermit) async throws -> ReleaseReceipt {
        _ = try await http.deleteOnce(accountURL("/Number/\(QueryString.segment(E164.digits(number.e164)))/"))
        return ReleaseReceipt(provider: kind, e164: number.e164)
    }

    public func ownedNumberList(_ query: OwnedQuery) async throws -> OwnedList {
        try await ownedNumberList(query) { _, _ in }
    }

    /// Reads the rented numbers with `ListPager` (4 in flight once `meta.total_count` is known,
    /// within Plivo's rate limit of about 300 requests per 5 seconds).
    public func ownedNumberList(
        _ query: OwnedQuery, onPage: @escaping @Sendable ([OwnedNumber], ListProgress) -> Void
    ) async throws -> OwnedList {
        let pager = ListPager(pageSize: Self.maxLimit, maxPages: Self.maxOwnedPages, maxInFlight: 4)
        let (http, url, accountID, pool) = (http, accountURL("/Number/"), credentials.authID, OwnedDetails.Pool())
        let (numbers, incomplete, skipped) = try await pager.read(fetch: { index, size in
            let pageURL = url + QueryString.build([("limit", String(size)), ("offset", String(index * size))])
            let list = try await http.get(pageURL, as: PlivoListDTO<PlivoRentedDTO>.self)
            return ListPager.Page(
                items: list.objects.map { $0.ownedNumber(accountID: accountID, sharing: pool) }, total: list.meta?.totalCount,
                isLast: list.meta.map { $0.next == nil } ?? false, skipped: list.skipped)
        }, onPage: { page, progress in onPage(page.filter(query.matches), progress) })
        return OwnedList(numbers: numbers.filter(query.matches), incompleteReason: incomplete, skippedEntries: skipped)
    }

    public func account(currency: String?) async throws -> Account {
        let account = try await http.get(accountURL("/"), as: PlivoAccountDTO.self)
        let isSub = credentials.authID.hasPrefix("SA")
        return Account(
            provider: kind, id: account.authID ?? credentials.authID, billedAccountID: isSub ? nil : credentials.authID,
            balance: account.cashCredits.map { Money($0, "USD") }, isPostpaid: account.billingMode == "postpaid",
            name: account.name
        )
    }

    /// Pages read at most for the owned list (1 000 000 numbers at 20 a page).
    static let maxOwnedPages = 50_000

    private func searchURL(_ query: InventoryQuery, country: String, limit: Int, offset: Int) -> String {
        // Only a documented combination is sent; the view model filters the rest (`serverCapabilities`).
        let services = features.serverCapabilities(for: query.capabilities).sorted().map(\.rawValue).joined(separator: ",")
        let pattern = query.search.trimmingCharacters(in: .whitespaces)
        return accountURL("/PhoneNumber/") + QueryString.build([
            ("country_iso", country), ("type", query.type?.rawValue), ("pattern", pattern.isEmpty ? nil : pattern),
            ("services", services.isEmpty ? nil : services),
        ] + query.filters.queryItems + [("limit", String(limit)), ("offset", String(offset))])
    }

    func accountURL(_ suffix: String) -> String {
        "\(credentials.baseURL)/v1/Account/\(credentials.pathID)\(suffix)"
    }
}
