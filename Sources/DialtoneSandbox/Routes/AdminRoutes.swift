import Foundation
import GRDB
import Hummingbird

/// The sandbox's own endpoints under `/_sandbox/`, for tests and scripts; loopback peers only.
///
/// - `GET /_sandbox/faults`, `POST /_sandbox/faults` (a ``SandboxFaults`` JSON, snake_case keys)
/// - `GET /_sandbox/balances` — every account's balance per currency
/// - `GET /_sandbox/ledger` — `{"consistent": true|false}`
/// - `POST /_sandbox/fees` — `{"e164": "+…", "setup_fee": "1.00", "monthly_fee": "0.80"}` reprices a number in stock
/// - `POST /_sandbox/relabel` — `{"e164", "region"?, "region_name"?, "city"?}` replaces a number's
///   place names verbatim, so tests can serve hostile provider strings
///
/// A POST must say `Content-Type: application/json` and carry no `Origin` header: a web page
/// can send neither without the browser's consent, so no page the user visits can drive them.
enum AdminRoutes {
    private struct FeesBody: Decodable {
        var e164: String
        var setupFee: Decimal
        var monthlyFee: Decimal

        enum CodingKeys: String, CodingKey { case e164, setupFee = "setup_fee", monthlyFee = "monthly_fee" }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            e164 = try container.decode(String.self, forKey: .e164)
            setupFee = try Self.amount(container, .setupFee)
            monthlyFee = try Self.amount(container, .monthlyFee)
        }

        /// An amount as a string (exact) or a JSON number.
        private static func amount(_ container: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) throws -> Decimal {
            if let text = try? container.decode(String.self, forKey: key), let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) {
                return value
            }
            return try container.decode(Decimal.self, forKey: key)
        }
    }

    static func register(on router: Router<SandboxRequestContext>, state: SandboxState) {
        router.get("/_sandbox/faults") { _, context in
            try requireLoopback(context)
            return try faultsResponse(state.faults.current)
        }
        router.post("/_sandbox/faults") { request, context in
            try requireScript(request, context)
            let faults = try await RequestBody.decode(SandboxFaults.self, from: request, context: context)
            if let problem = faults.validationProblem { throw WireError.badRequest(problem) }
            state.faults.replace(with: faults)
            return try faultsResponse(faults)
        }
        router.post("/_sandbox/relabel") { request, context in
            try requireScript(request, context)
            let change = try await RequestBody.decode(Relabel.self, from: request, context: context)
            let changed = try await state.database.write { db in try change.apply(db) }
            guard changed else { throw WireError.notFound("no number \(change.e164)") }
            return Response.json(.object([("e164", .string(change.e164)), ("relabelled", true)]))
        }
        router.get("/_sandbox/balances") { _, context in
            try requireLoopback(context)
            let rows: [(String, String, MinorUnits)] = try await state.database.read { db in
                try SandboxAccount.all.flatMap { account in
                    try Ledger.balances(db, account: account.id).map { (account.id, $0.currency, $0.balance) }
                }
            }
            return Response.json(.array(rows.map { account, currency, balance in
                JSONValue.object([("account_id", .string(account)), ("currency", .string(currency)), ("balance", .number(balance.decimal))])
            }))
        }
        router.post("/_sandbox/fees") { request, context in
            try requireScript(request, context)
            let body = try await RequestBody.decode(FeesBody.self, from: request, context: context)
            try await state.setFees(e164: body.e164, setup: body.setupFee, monthly: body.monthlyFee)
            return Response.json(.object([("e164", .string(body.e164)), ("repriced", .bool(true))]))
        }
        router.get("/_sandbox/ledger") { _, context in
            try requireLoopback(context)
            let consistent = try await state.database.read { db in try Ledger.isConsistent(db) }
            return Response.json(.object([("consistent", .bool(consistent))]))
        }
    }

    private static func requireLoopback(_ context: SandboxRequestContext) throws {
        guard context.peerIsLoopback else {
            throw WireError(status: .forbidden, message: "sandbox admin endpoints answer loopback clients only")
        }
    }

    /// A state-changing request from a script on this machine, not from a web page.
    private static func requireScript(_ request: Request, _ context: SandboxRequestContext) throws {
        try requireLoopback(context)
        guard request.headers[.origin] == nil else {
            throw WireError(status: .forbidden, message: "sandbox admin endpoints refuse requests from web pages (Origin header)")
        }
        let mediaType = request.headers[.contentType]?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased()
        guard mediaType == "application/json" else {
            throw WireError(status: .unsupportedMediaType, message: "sandbox admin POSTs need Content-Type: application/json")
        }
    }

    private static func faultsResponse(_ faults: SandboxFaults) throws -> Response {
        let data = try JSONEncoder().encode(faults)
        return Response(
            status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// `POST /_sandbox/relabel`: new place names for one number, stored exactly as given.
private struct Relabel: Decodable {
    var e164: String
    var region: String?
    var regionName: String?
    var city: String?

    enum CodingKeys: String, CodingKey {
        case e164, region, city
        case regionName = "region_name"
    }

    /// Whether a number was changed.
    func apply(_ db: Database) throws -> Bool {
        try db.execute(
            sql: """
                UPDATE numbers SET region = COALESCE(?, region), region_name = COALESCE(?, region_name),
                    city = COALESCE(?, city) WHERE e164 = ?
                """,
            arguments: [region, regionName, city, e164])
        return db.changesCount > 0
    }
}
