import Hummingbird

/// Plivo's routing endpoints (PROVIDERS.md, "Routing"): `GET …/Application/` and
/// `POST …/Number/{number}/`. The official SDK sends Application requests as "voice" requests,
/// whose base URL is a constant of its own (`API_VOICE_BASE_URI`); in the SDK it names the same
/// host and path as every other request, so these paths serve both.
extension PlivoRoutes {
    static func registerRouting(on router: Router<SandboxRequestContext>, root: String, state: SandboxState) {
        router.get("\(root)/Application/") { request, context in try await applications(request, context, state) }
        router.post("\(root)/Number/:number/") { request, context in try await update(request, context, state) }
    }

    /// The account's applications (a sub-account's with `subaccount`), paged like every Plivo list.
    private static func applications(_ request: Request, _ context: SandboxRequestContext, _ state: SandboxState) async throws -> Response {
        let account = try caller(request, context)
        let query = QueryReader(request)
        var owner = account.id
        var filters: [(String, String)] = []
        if let sub = query.string("subaccount") {
            guard account.family.contains(sub) else { throw WireError.badRequest("subaccount is not a sub-account of this account") }
            owner = sub
            filters.append(("subaccount", sub))
        }
        let (limit, offset) = try paging(query)
        let (records, total) = try await state.database.read { [owner] db in
            try RoutingStore.applications(of: owner, limit: limit, offset: offset, db)
        }
        return .json(PlivoWire.list(
            objects: records.map(PlivoWire.application), total: total, limit: limit, offset: offset,
            path: request.uri.path, filters: filters))
    }

    /// Changes a rented number, JSON or form: `app_id` attaches one of the account's applications
    /// (or, for a sub-account's number, one of that sub-account's); `app_id` sent as `null`, `"null"`
    /// or `""` detaches it (Plivo documents no detach call; this is inferred); `alias` names the
    /// number (`null` or `""` clears it). A field not sent is left as it is. `subaccount`, which
    /// moves a number between accounts, is refused (400). 202 `{"message":"changed","api_id"}`;
    /// 404 when the account does not rent the number or the application is not its.
    private static func update(_ request: Request, _ context: SandboxRequestContext, _ state: SandboxState) async throws -> Response {
        let account = try caller(request, context)
        let number = try context.parameters.require("number")
        guard E164.isNumber(number, plus: false) else { throw WireError.notFound("not found") }
        let fields = try await RequestBody.fields(of: request, context: context)
        if let sub = fields.text("subaccount"), !sub.isEmpty {
            throw WireError.badRequest("subaccount: moving a number to another account is not supported by the sandbox")
        }
        let appID = change(fields, "app_id", clearedBy: ["", "null"])
        let alias = change(fields, "alias", clearedBy: [""])
        try await CommitFaults.beforeCommit(state, context: context)
        let outcome = try await state.database.write { db in
            try RoutingStore.updatePlivoNumber("+" + number, appID: appID, alias: alias, account: account.id, owners: account.family, db)
        }
        switch outcome {
        case .changed:
            return await CommitFaults.afterCommit(.json(PlivoWire.changed(), status: .accepted), of: .routing, state: state, context: context)
        case .numberNotHeld:
            throw WireError.notFound("not found")
        case .routeUnknown:
            throw WireError.notFound("application not found")
        case .pendingRelease:
            throw WireError(status: .conflict, message: "number is pending release")
        }
    }

    /// What a field asks: not sent keeps the value, `null` or one of `clearing` clears it.
    private static func change(_ fields: BodyFields, _ name: String, clearedBy clearing: Set<String>) -> RoutingStore.FieldChange {
        guard fields.contains(name) else { return .keep }
        guard let text = fields.text(name), !clearing.contains(text) else { return .clear }
        return .set(text)
    }
}
