import Foundation
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
            router.post("\(root)/numbers/:number/cancel-release") { request, context in
                try await cancelRelease(request, context, state)
            }
            router.get("\(root)/balance/:currency") { request, context in
                try await balance(request, context, state)
            }
            registerRouting(on: router, root: root, state: state)
        }
    }

    /// The calling account, signed in and naming itself in the path.
    static func account(_ request: Request, _ context: SandboxRequestContext) throws -> SandboxAccount {
        try Authenticator.vobiz(request, pathAuthID: try context.parameters.require("auth_id"))
    }

    /// Seed 000 types `country` and `search` as plain strings and the paging as integers without
    /// a minimum, so every such request is answered 200: a country the stock has none of, or a
    /// search that is no part of an E.164 number, finds nothing; paging below 1 reads as 1.
    /// Only a `per_page` above 100 or paging that is not a whole number is refused (400).
    private static func inventory(_ request: Request, _ context: SandboxRequestContext, _ state: SandboxState) async throws -> Response {
        _ = try account(request, context)
        let query = QueryReader(request)
        let page = try query.pagingInteger("page", default: 1)
        let perPage = try query.pagingInteger("per_page", default: 25, maximum: 100)
        let (code, search) = (query.string("country"), query.string("search"))
        let country = code.flatMap { $0.count == 2 ? CountryPlan.find($0)?.iso : nil }
        let findsNothing = (code != nil && country == nil) || search.map { !E164.isSearch($0) } == true
        let result = findsNothing ? NumberPage(records: [], total: 0) : try await state.database.read { db in
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

    /// With a cooldown (the default): 200 `pending_release` with the release fee (zero unless
    /// the number is under a minimum commitment) and `cooldown_ends_at`; the number stays the
    /// account's until then. Without one: 204, or 200 with the fee for a committed number.
    /// 403 when the account does not own the number, 409 when it is already pending release.
    /// The path names the number as digits, `+digits` or `%2Bdigits`, under either casing.
    private static func release(_ request: Request, _ context: SandboxRequestContext, _ state: SandboxState) async throws -> Response {
        let account = try account(request, context)
        let e164 = try pathNumber(context)
        let answer: Response
        switch try await ReleaseStore.commit(e164, provider: .vobiz, owners: account.family, state: state, context: context) {
        case .released(let record):
            answer = record.minimumCommitmentMonths > 0
                ? .json(VobizWire.released(record, fee: record.monthlyFee, cooldownEndsAt: state.timestamp())) : Response(status: .noContent)
        case .pending(let record, let fee, let ends):
            answer = .json(VobizWire.released(record, fee: fee, cooldownEndsAt: ends))
        case .notOwned:
            throw notOwned
        case .alreadyPending:
            throw WireError(status: .conflict, message: "number is already pending release")
        case .insufficientBalance(let fee, let currency):
            throw insufficientBalance("insufficient balance for the release fee of \(fee.decimal) \(currency); nothing changed")
        }
        return await CommitFaults.afterCommit(answer, state: state, context: context)
    }

    /// `POST …/numbers/{number}/cancel-release`: during the cooldown the number is active again
    /// and its release fee refunded (200); 409 when it is not pending release; 403 when the
    /// account does not own it (its cooldown over, it has left).
    private static func cancelRelease(_ request: Request, _ context: SandboxRequestContext, _ state: SandboxState) async throws -> Response {
        let account = try account(request, context)
        let e164 = try pathNumber(context)
        try await CommitFaults.beforeCommit(state, context: context)
        let outcome = try await state.database.write { db in
            try ReleaseStore.cancelRelease(e164, owners: account.family, now: Date(), db)
        }
        switch outcome {
        case .restored(let record, let refunded):
            return await CommitFaults.afterCommit(.json(VobizWire.restored(record, refunded: refunded)), state: state, context: context)
        case .notOwned:
            throw notOwned
        case .notPending:
            throw WireError(status: .conflict, message: "number is not pending release")
        }
    }

    /// The number in a number's path, in any documented form.
    static func pathNumber(_ context: SandboxRequestContext) throws -> String {
        guard let e164 = E164.vobizPathNumber(try context.parameters.require("number")) else {
            throw WireError.badRequest("number must be an E.164 number: digits, +digits or %2Bdigits")
        }
        return e164
    }

    private static var notOwned: WireError { WireError(status: .forbidden, message: "account does not own this number") }

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
        let pending = page.records.filter { $0.status == "pending_release" }.map(\.id)
        let cooldowns = pending.isEmpty ? [:] : try await state.database.read { db in try ReleaseStore.cooldowns(of: pending, db) }
        return .json(VobizWire.list(page, page: offset / perPage + 1, perPage: perPage, unreadable: unreadable, cooldowns: cooldowns))
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
