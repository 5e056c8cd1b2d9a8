import Foundation

/// Where Vobiz numbers route (PROVIDERS.md "Routing"): the account's SIP trunks, and a number
/// attached to one (`POST …/numbers/{number}/assign`) or detached (`DELETE` on the same path).
extension VobizClient {
    /// `GET /api/v1/Account/{auth_id}/trunks`, every page (`page`/`size`, as the official SDK
    /// asks). Vobiz documents no answer shape: the list is read from `items`, `objects`, `data`
    /// or `trunks`, or a bare array, and each trunk's id from `trunk_group_id`, `trunk_id` or `id`.
    public func routeTargets() async throws -> [RouteTarget] {
        let pager = ListPager(pageSize: 100, maxPages: 100, maxInFlight: 1)
        let (http, url) = (http, readURL("/trunks"))
        let (trunks, _, _) = try await pager.read(fetch: { index, size in
            let list = try await http.get(url + QueryString.build([("page", String(index + 1)), ("size", String(size))]), as: VobizTrunkListDTO.self)
            return ListPager.Page(items: list.trunks, total: list.total, isLast: list.total == nil && list.trunks.count < size, skipped: list.skipped)
        }, onPage: { _, _ in })
        return trunks
    }

    /// Attaches `number` to the trunk `route` names (`POST …/assign` `{"trunk_group_id": …}`),
    /// or detaches it (`DELETE …/assign`), once. Any 2xx means done.
    public func assign(_ number: OwnedNumber, to route: NumberRoute?, permit: SendPermit) async throws -> AssignReceipt {
        let url = readURL("/numbers/\(QueryString.segment(E164.digits(number.e164)))/assign")
        let response: WireResponse
        if let route {
            let body = try JSONSerialization.data(withJSONObject: ["trunk_group_id": route.id], options: [.sortedKeys])
            response = try await http.postPurchase(url, body: body)
        } else {
            response = try await http.deleteOnce(url)
        }
        let message = (try? JSONDecoder().decode(VobizMessageDTO.self, from: response.body))?.message
        return AssignReceipt(provider: kind, e164: number.e164, route: route, message: message)
    }
}

/// The trunk list, however Vobiz wraps it.
struct VobizTrunkListDTO: Decodable {
    var trunks: [RouteTarget]
    var total: Int?
    var skipped: Int

    enum Keys: String, CodingKey { case items, objects, data, trunks, total }

    init(from decoder: any Decoder) throws {
        if let bare = try? decoder.singleValueContainer().decode(LossyList<VobizTrunkDTO>.self) {
            (trunks, total, skipped) = (bare.items.map(\.target), nil, bare.skipped)
            return
        }
        let c = try decoder.container(keyedBy: Keys.self)
        guard let key = [Keys.items, .objects, .data, .trunks].first(where: c.contains) else {
            throw DecodingError.keyNotFound(Keys.items, .init(codingPath: c.codingPath, debugDescription: "no list of trunks"))
        }
        let list = try c.lossyList(key, of: VobizTrunkDTO.self)
        (trunks, total, skipped) = (list.items.map(\.target), try c.lenientInt(.total), list.skipped)
    }
}

/// One trunk: its id and name.
struct VobizTrunkDTO: Decodable {
    var target: RouteTarget

    enum Keys: String, CodingKey { case trunkGroupID = "trunk_group_id", trunkID = "trunk_id", id, name, trunkName = "trunk_name" }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        guard let id = try c.lenientID(.trunkGroupID) ?? c.lenientID(.trunkID) ?? c.lenientID(.id) else {
            throw DecodingError.keyNotFound(Keys.trunkGroupID, .init(codingPath: c.codingPath, debugDescription: "a trunk without an id"))
        }
        target = RouteTarget(route: NumberRoute(kind: .trunk, id: id), name: try c.lenientString(.name) ?? c.lenientString(.trunkName))
    }
}

/// Any answer's `message`.
struct VobizMessageDTO: Decodable {
    var message: String?
}
