import Hummingbird

/// Vobiz's endpoints, under both documented casings `/api/v1/Account/` and `/api/v1/account/`.
enum VobizRoutes {
    static func register(on router: Router<SandboxRequestContext>, state: SandboxState) {
        for root in ["/api/v1/Account/:auth_id", "/api/v1/account/:auth_id"] {
            router.get("\(root)/inventory/numbers") { request, context in
                try await inventory(request, context, state)
            }
            router.post("\(root)/numbers/purchase-from-inventory") { request, context in
                try await purchase(request, context, state)
            }
            router.get("\(root)/numbers") { request, context in
                try await owned(request, context, state)
            }
            router.delete("\(root)/numbers/:number") { request, context in
                try await release(request, context, state)
            }
            router.get("\(root)/balance/:currency") { request, context in
                try await balance(request, context, state)
            }
        }
    }

    private static func account(_ request: Request, _ context: SandboxRequestContext) throws -> SandboxAccount {
        try Authenticator.vobiz(request, pathAuthID: try context.parameters.require("auth_id"))
    }

    private static func inventory(_ request: Request, _ context: SandboxRequestContext, _ state: SandboxState) async throws -> Response {
        _ = try account(request, context)
        let query = QueryReader(request)
        let country = try query.country("country")?.iso
        let search = query.string("search")
        if let search, !E164.isSearch(search) {
            throw WireError.badRequest("search must be digits of an E.164 number (optionally starting with +), at most 15")
        }
        let page = try query.integer("page", default: 1, in: 1...1_000_000)
        let perPage = try query.integer("per_page", default: 25, in: 1...100)
        let result = try await state.database.read { db in
            try StockSearch.vobiz(db, country: country, search: search, limit: perPage, offset: (page - 1) * perPage)
        }
        let malformed = Array(repeating: JSONValue.object([("id", "malformed"), ("country", .string(country ?? "IN"))]), count: state.faults.current.malformedEntries)
        return .json(VobizWire.list(result, page: page, perPage: perPage).appending(malformed, to: "items"))
    }

    private struct PurchaseBody: Decodable {
        var e164: String
        var currency: String?
    }

    private static func purchase(_ request: Request, _ context: SandboxRequestContext, _ state: SandboxState) async throws -> Response {
        let buyer = try account(request, context)
        let body = try await RequestBody.decode(PurchaseBody.self, from: request, context: context)
        guard E164.isNumber(body.e164, plus: true) else {
            throw WireError.badRequest("e164 must be a number in E.164 format, e.g. +919876543210")
        }
        let purchase = PurchaseStore.Request(
            e164: body.e164, provider: .vobiz, buyer: buyer, ownerID: buyer.id, currency: body.currency?.uppercased(),
            now: state.timestamp())
        try await CommitFaults.beforeCommit(state, context: context)
        if state.faults.takeInsufficientBalance() {
            throw insufficientBalance("insufficient balance to purchase \(body.e164)")
        }
        let outcome = try await state.database.write { db in try PurchaseStore.purchase(purchase, db) }
        switch outcome {
        case .purchased(let record):
            return await CommitFaults.afterCommit(.json(VobizWire.purchased(record)), state: state, context: context)
        case .notInStock:
            throw WireError.notFound("number not found in inventory")
        case .currencyMismatch(let currency):
            throw WireError.badRequest("currency must be \(currency), the number's currency")
        case .insufficientBalance(let currency, let needed, let available):
            throw insufficientBalance(
                "insufficient balance: \(needed.decimal) \(currency) needed, \(available.decimal) \(currency) available")
        }
    }

    /// Vobiz rolls an unaffordable purchase back and answers 500 (PROVIDERS.md), in its global error form.
    private static func insufficientBalance(_ message: String) -> WireError {
        var error = WireError(status: .internalServerError, message: message)
        error.vobizCode = "INSUFFICIENT_BALANCE"
        return error
    }

    /// 204; or, for a number with a minimum commitment, 200 with a message, the release fee and
    /// a cooldown (the newer `pending_release` answer); 403 when the account does not own it.
    /// The path names the number as digits, `+digits` or `%2Bdigits`, under either casing.
    private static func release(_ request: Request, _ context: SandboxRequestContext, _ state: SandboxState) async throws -> Response {
        let account = try account(request, context)
        guard let e164 = E164.vobizPathNumber(try context.parameters.require("number")) else {
            throw WireError.badRequest("number must be an E.164 number: digits, +digits or %2Bdigits")
        }
        let (outcome, now) = try await ReleaseStore.commit(e164, provider: .vobiz, owners: account.family, state: state, context: context)
        guard case .released(let record) = outcome else {
            throw WireError(status: .forbidden, message: "account does not own this number")
        }
        let answer: Response = record.minimumCommitmentMonths > 0
            ? .json(VobizWire.released(record, cooldownEndsAt: now)) : Response(status: .noContent)
        return await CommitFaults.afterCommit(answer, state: state, context: context)
    }

    private static func owned(_ request: Request, _ context: SandboxRequestContext, _ state: SandboxState) async throws -> Response {
        let account = try account(request, context)
        let query = QueryReader(request)
        let perPage: Int
        let offset: Int
        if query.has("limit") || query.has("offset") {
            perPage = try query.integer("limit", default: 20, in: 1...100)
            offset = try query.integer("offset", default: 0, in: 0...100_000_000)
        } else {
            perPage = try query.integer("per_page", default: 25, in: 1...100)
            offset = (try query.integer("page", default: 1, in: 1...1_000_000) - 1) * perPage
        }
        let owners = try query.bool("include_subaccounts") == true ? account.family : [account.id]
        let listing = NumberQuery.owned(by: owners)
        let page = try await state.ownedListings.page(listing, limit: perPage, offset: offset, in: state.database)
        let unreadable = newest(state.faults.current.malformedOwnedEntries, of: page.records)
        return .json(VobizWire.list(page, page: offset / perPage + 1, perPage: perPage, unreadable: unreadable))
    }

    /// The ids of the `count` records bought most recently (`malformed_owned_entries`).
    private static func newest(_ count: Int, of records: [NumberRecord]) -> Set<Int64> {
        guard count > 0 else { return [] }
        let recent = records.sorted { ($0.purchasedAt ?? "", $0.id) > ($1.purchasedAt ?? "", $1.id) }
        return Set(recent.prefix(count).map(\.id))
    }

    private static func balance(_ request: Request, _ context: SandboxRequestContext, _ state: SandboxState) async throws -> Response {
        let account = try account(request, context)
        let currency = try context.parameters.require("currency").uppercased()
        guard currency.count == 3, currency.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            throw WireError.badRequest("currency must be an ISO 4217 code such as INR or USD")
        }
        guard let balance = try await state.database.read({ db in try Ledger.balance(db, account: account.id, currency: currency) })
        else { throw WireError.notFound("no \(currency) balance on this account") }
        return .json(VobizWire.balance(account: account.id, currency: currency, balance: balance))
    }
}
