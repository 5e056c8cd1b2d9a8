import Foundation
import Hummingbird

/// Plivo's number endpoints under `/v1/Account/{auth_id}/`.
enum PlivoRoutes {
    static func register(on router: Router<SandboxRequestContext>, state: SandboxState) {
        let root = "/v1/Account/:auth_id"
        router.get("\(root)/") { request, context in try await account(request, context, state) }
        router.get("\(root)/PhoneNumber/") { request, context in try await search(request, context, state) }
        router.post("\(root)/PhoneNumber/:number/") { request, context in try await buy(request, context, state) }
        router.get("\(root)/Number/") { request, context in try await rented(request, context, state) }
        router.get("\(root)/Number/:number/") { request, context in try await rentedNumber(request, context, state) }
        router.delete("\(root)/Number/:number/") { request, context in try await release(request, context, state) }
        registerRouting(on: router, root: root, state: state)
    }

    /// The calling account, signed in and naming itself in the path.
    static func caller(_ request: Request, _ context: SandboxRequestContext) throws -> SandboxAccount {
        try Authenticator.plivo(request, pathAuthID: try context.parameters.require("auth_id"))
    }

    private static func account(_ request: Request, _ context: SandboxRequestContext, _ state: SandboxState) async throws -> Response {
        let account = try caller(request, context)
        let credits = try await state.database.read { db in try Ledger.balance(db, account: account.payerID, currency: "USD") }
        return .json(PlivoWire.account(account, cashCredits: credits ?? .zero))
    }

    private static func search(_ request: Request, _ context: SandboxRequestContext, _ state: SandboxState) async throws -> Response {
        let account = try caller(request, context)
        let query = QueryReader(request)
        guard let plan = try query.country("country_iso") else { throw WireError.badRequest("country_iso is required") }
        var listing = NumberQuery.stock(of: .plivo)
        listing.require("country = ?", [plan.iso])
        var filters = [("country_iso", plan.iso)]
        if let type = query.string("type") {
            listing.require(types: try types(forSearch: type))
            filters.append(("type", type))
        }
        if let text = query.string("pattern") {
            let pattern = try PlivoPattern(text, callingCode: plan.callingCode)
            listing.require(prefix: pattern.prefix)
            if pattern.glob != pattern.prefix + "*" { listing.require("e164 GLOB ?", [pattern.glob]) }
            filters.append(("pattern", text))
        }
        if let services = query.string("services") {
            listing.require(services: try Self.searchServices(services))
            filters.append(("services", services))
        }
        filters += try PlivoSearchFilters.apply(query, plan: plan, to: &listing)
        let malformed = Array(repeating: JSONValue.object([("prefix", "000"), ("sms_enabled", "maybe")]), count: state.faults.current.malformedEntries)
        return try await page(listing, query: query, request: request, state: state, filters: filters, extra: malformed) {
            PlivoWire.available($0, accountID: account.id)
        }
    }

    private struct BuyBody: Decodable {
        var subaccount: String?
        var appID: String?
        var cnamLookup: String?
        var complianceApplicationID: String?

        enum CodingKeys: String, CodingKey {
            case subaccount, appID = "app_id", cnamLookup = "cnam_lookup", complianceApplicationID = "compliance_application_id"
        }
    }

    private static func buy(_ request: Request, _ context: SandboxRequestContext, _ state: SandboxState) async throws -> Response {
        let buyer = try caller(request, context)
        guard buyer.parentID == nil else { throw WireError.notFound("not found") }
        let number = try context.parameters.require("number")
        guard E164.isNumber(number, plus: false) else { throw WireError.badRequest("number must be digits without +") }
        let body = try await RequestBody.decode(BuyBody.self, from: request, context: context)
        if let cnam = body.cnamLookup, !["enabled", "disabled"].contains(cnam) {
            throw WireError.badRequest("cnam_lookup must be enabled or disabled")
        }
        if let app = body.appID, app.isEmpty || !app.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
            throw WireError.badRequest("invalid app_id")
        }
        if let compliance = body.complianceApplicationID, UUID(uuidString: compliance) == nil {
            throw WireError.badRequest("compliance_application_id must be the UUID of a compliance application")
        }
        var owner = buyer.id
        if let sub = body.subaccount {
            guard SandboxAccount.find(id: sub, provider: .plivo)?.parentID == buyer.id else {
                throw WireError.badRequest("subaccount is not a sub-account of this account")
            }
            owner = sub
        }
        let sale = PurchaseStore.Request(
            e164: "+" + number, provider: .plivo, buyer: buyer, ownerID: owner, currency: nil, now: state.timestamp())
        try await CommitFaults.beforeCommit(state, context: context)
        if state.faults.takeFailedNumber() { return .json(PlivoWire.failed(digits: number)) }
        // The application is looked up in the sale's own transaction: an unknown one sells nothing.
        let outcome = try await state.database.write { [owner] db -> PurchaseStore.Outcome? in
            var purchase = sale
            if let appID = body.appID {
                guard let app = try RoutingStore.application(appID, of: buyer.id, orOf: owner, db) else { return nil }
                purchase.application = app.resourceURI
            }
            return try PurchaseStore.purchase(purchase, db)
        }
        switch outcome {
        case nil:
            throw WireError.notFound("application not found")
        case .purchased(let record):
            let answer: Response = state.faults.takePartialAnswer()
                ? .json(PlivoWire.partial(), status: .partialContent) : .json(PlivoWire.bought(record), status: .created)
            return await CommitFaults.afterCommit(answer, state: state, context: context)
        case .notInStock, .currencyMismatch:
            throw WireError.notFound("number not found or no longer available")
        case .insufficientBalance(_, let needed, let available):
            throw WireError.badRequest(
                "insufficient credit: \(needed.fiveDecimals) USD needed, \(available.fiveDecimals) USD available")
        }
    }

    private static func rented(_ request: Request, _ context: SandboxRequestContext, _ state: SandboxState) async throws -> Response {
        let account = try caller(request, context)
        let query = QueryReader(request)
        var owners = account.family
        var filters: [(String, String)] = []
        if let sub = query.string("subaccount") {
            guard owners.contains(sub) else { throw WireError.badRequest("subaccount is not a sub-account of this account") }
            owners = [sub]
            filters.append(("subaccount", sub))
        }
        var listing = NumberQuery.owned(by: owners)
        if let type = query.string("type") {
            guard let numberType = NumberType(rawValue: type) else {
                throw WireError.badRequest("type must be one of local, mobile, tollfree, national")
            }
            listing.require(types: [numberType])
            filters.append(("type", type))
        }
        if let start = query.string("number_startswith") {
            guard start.count <= 15, start.allSatisfy(\.isASCIIDigit) else {
                throw WireError.badRequest("number_startswith must be digits")
            }
            listing.require(prefix: "+" + start)
            filters.append(("number_startswith", start))
        }
        if let services = query.string("services") {
            listing.require(services: try Self.services(services))
            filters.append(("services", services))
        }
        return try await page(listing, query: query, request: request, state: state, filters: filters) {
            PlivoWire.rented($0, accountID: account.id)
        }
    }

    private static func rentedNumber(_ request: Request, _ context: SandboxRequestContext, _ state: SandboxState) async throws -> Response {
        let account = try caller(request, context)
        let number = try context.parameters.require("number")
        guard E164.isNumber(number, plus: false) else { throw WireError.notFound("not found") }
        var listing = NumberQuery.owned(by: account.family)
        listing.require("e164 = ?", ["+" + number])
        guard let record = try await state.database.read({ [listing] db in try listing.fetch(db, limit: 1, offset: 0).first }) else {
            throw WireError.notFound("not found")
        }
        return .json(PlivoWire.withAPIID(PlivoWire.rented(record, accountID: account.id)))
    }

    /// 204 once the number is back in stock; 404 when the account does not rent it.
    private static func release(_ request: Request, _ context: SandboxRequestContext, _ state: SandboxState) async throws -> Response {
        let account = try caller(request, context)
        let number = try context.parameters.require("number")
        guard E164.isNumber(number, plus: false) else { throw WireError.notFound("not found") }
        let outcome = try await ReleaseStore.commit("+" + number, provider: .plivo, owners: account.family, state: state, context: context)
        guard case .released = outcome else { throw WireError.notFound("not found") }
        return await CommitFaults.afterCommit(Response(status: .noContent), state: state, context: context)
    }

    /// Plivo's paging: `limit` (1–20, 20 when not sent) and `offset`.
    static func paging(_ query: QueryReader) throws -> (limit: Int, offset: Int) {
        (try query.integer("limit", default: 20, in: 1...20), try query.integer("offset", default: 0, in: 0...100_000_000))
    }

    /// Reads `limit` and `offset`, fetches the page and its total, and wraps it in `meta`.
    private static func page(
        _ listing: NumberQuery, query: QueryReader, request: Request, state: SandboxState, filters: [(String, String)],
        extra: [JSONValue] = [], encode: @escaping @Sendable (NumberRecord) -> JSONValue
    ) async throws -> Response {
        let (limit, offset) = try paging(query)
        let page = try await state.database.read { db in
            NumberPage(records: try listing.fetch(db, limit: limit, offset: offset), total: try listing.count(db))
        }
        return .json(PlivoWire.list(
            objects: page.records.map(encode) + extra, total: page.total, limit: limit, offset: offset,
            path: request.uri.path, filters: filters))
    }

    private static func types(forSearch type: String) throws -> [NumberType] {
        switch type {
        case "any": return []
        case "fixed": return [.local, .national]
        default:
            guard let numberType = NumberType(rawValue: type) else {
                throw WireError.badRequest("type must be one of tollfree, local, mobile, national, fixed")
            }
            return [numberType]
        }
    }

    /// The search's `services`: only the combinations seed 003 documents.
    private static func searchServices(_ text: String) throws -> Set<String> {
        let documented = ["voice", "sms", "mms", "voice,sms", "voice,sms,mms"]
        guard documented.contains(text.lowercased()) else {
            throw WireError.badRequest("services must be one of \(documented.joined(separator: " | "))")
        }
        return try services(text)
    }

    private static func services(_ text: String) throws -> Set<String> {
        let services = Set(text.lowercased().split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) })
        guard !services.isEmpty, services.isSubset(of: ["voice", "sms", "mms"]) else {
            throw WireError.badRequest("services must be a comma-separated list of voice, sms, mms")
        }
        return services
    }
}
