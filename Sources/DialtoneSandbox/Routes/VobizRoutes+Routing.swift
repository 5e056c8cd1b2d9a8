import Foundation
import Hummingbird

/// Vobiz's routing endpoints (PROVIDERS.md, "Routing"), under both casings like the others:
/// `GET …/trunks` and `POST`/`DELETE …/numbers/{number}/assign`.
extension VobizRoutes {
    static func registerRouting(on router: Router<SandboxRequestContext>, root: String, state: SandboxState) {
        router.get("\(root)/trunks") { request, context in try await trunks(request, context, state) }
        router.post("\(root)/numbers/:number/assign") { request, context in try await assign(request, context, state) }
        router.delete("\(root)/numbers/:number/assign") { request, context in try await unassign(request, context, state) }
    }

    /// The account's own trunks, paged by the official SDK's `page` and `size` (`per_page` read
    /// when `size` is not sent): `{items, page, per_page, total}`.
    private static func trunks(_ request: Request, _ context: SandboxRequestContext, _ state: SandboxState) async throws -> Response {
        let account = try account(request, context)
        let query = QueryReader(request)
        let page = try query.pagingInteger("page", default: 1)
        let size = try query.pagingInteger(query.has("size") ? "size" : "per_page", default: 20, maximum: 100)
        let (records, total) = try await state.database.read { db in
            try RoutingStore.trunks(of: account.id, limit: size, offset: (page - 1) * size, db)
        }
        return .json(VobizWire.trunks(records, total: total, page: page, perPage: size))
    }

    private struct AssignBody: Decodable {
        var trunkGroupID: String?

        enum CodingKeys: String, CodingKey { case trunkGroupID = "trunk_group_id" }
    }

    /// `{"trunk_group_id": "…"}` puts the number on one of the account's trunks (again: 200 too).
    private static func assign(_ request: Request, _ context: SandboxRequestContext, _ state: SandboxState) async throws -> Response {
        let account = try account(request, context)
        let body = try await RequestBody.decode(AssignBody.self, from: request, context: context)
        guard let trunk = body.trunkGroupID?.trimmingCharacters(in: .whitespaces).lowercased(), !trunk.isEmpty else {
            throw WireError.badRequest("trunk_group_id is required")
        }
        return try await route(account, context, state, trunk: trunk)
    }

    /// Takes the number off any trunk (none already: 200 too).
    private static func unassign(_ request: Request, _ context: SandboxRequestContext, _ state: SandboxState) async throws -> Response {
        try await route(try account(request, context), context, state, trunk: nil)
    }

    /// Commits the number's new trunk: 404 when the number is not the account's (or its
    /// sub-accounts') or the trunk not the account's, 409 while the number is pending release.
    private static func route(
        _ account: SandboxAccount, _ context: SandboxRequestContext, _ state: SandboxState, trunk: String?
    ) async throws -> Response {
        let e164 = try pathNumber(context)
        try await CommitFaults.beforeCommit(state, context: context)
        let outcome = try await state.database.write { db in
            try RoutingStore.assignTrunk(e164, trunkID: trunk, account: account.id, owners: account.family, db)
        }
        switch outcome {
        case .changed(let record):
            return await CommitFaults.afterCommit(.json(VobizWire.assigned(record)), of: .routing, state: state, context: context)
        case .numberNotHeld:
            throw WireError.notFound("number not found on this account")
        case .routeUnknown:
            throw WireError.notFound("trunk not found on this account")
        case .pendingRelease:
            throw WireError(status: .conflict, message: "number is pending release; its routing cannot change")
        }
    }
}
