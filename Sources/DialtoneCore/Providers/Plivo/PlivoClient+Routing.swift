import Foundation

/// Where Plivo numbers route (PROVIDERS.md "Routing"): the account's applications, and a
/// number's application changed through `POST /v1/Account/{auth_id}/Number/{number}/`.
extension PlivoClient {
    /// `GET /v1/Account/{auth_id}/Application/`, every page (`limit`/`offset`, as other lists).
    public func routeTargets() async throws -> [RouteTarget] {
        let pager = ListPager(pageSize: Self.maxLimit, maxPages: 500, maxInFlight: 2)
        let (http, url) = (http, accountURL("/Application/"))
        let (applications, _, _) = try await pager.read(fetch: { index, size in
            let list = try await http.get(
                url + QueryString.build([("limit", String(size)), ("offset", String(index * size))]), as: PlivoListDTO<PlivoApplicationDTO>.self)
            return ListPager.Page(
                items: list.objects.map(\.target), total: list.meta?.totalCount, isLast: list.meta.map { $0.next == nil } ?? false,
                skipped: list.skipped)
        }, onPage: { _, _ in })
        return applications
    }

    /// This client with `app_id` set to `route`'s application in every purchase.
    public func purchasing(routedTo route: NumberRoute) -> (any NumberProvider)? {
        guard route.kind == .application else { return nil }
        return buying(with: buyOptions.overridden(by: PlivoBuyOptions(appID: route.id)))
    }

    /// Sets the number's application (`app_id`), or unlinks it (`app_id` `"null"`: Plivo
    /// documents no other way), once. Plivo answers 202 `{"message":"changed"}`; any 2xx means done.
    public func assign(_ number: OwnedNumber, to route: NumberRoute?, permit: SendPermit) async throws -> AssignReceipt {
        let url = accountURL("/Number/\(QueryString.segment(E164.digits(number.e164)))/")
        let body = try JSONSerialization.data(withJSONObject: ["app_id": route?.id ?? "null"], options: [.sortedKeys])
        let response = try await http.postPurchase(url, body: body)
        let message = (try? JSONDecoder().decode(PlivoMessageDTO.self, from: response.body))?.message
        return AssignReceipt(provider: kind, e164: number.e164, route: route, message: message)
    }
}

/// One application: `app_id` and `app_name`.
struct PlivoApplicationDTO: Decodable {
    var target: RouteTarget

    enum Keys: String, CodingKey { case appID = "app_id", appName = "app_name" }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        guard let id = try c.lenientID(.appID) else {
            throw DecodingError.keyNotFound(Keys.appID, .init(codingPath: c.codingPath, debugDescription: "an application without app_id"))
        }
        target = RouteTarget(route: NumberRoute(kind: .application, id: id), name: try c.lenientString(.appName))
    }
}

/// Any answer's `message`.
struct PlivoMessageDTO: Decodable {
    var message: String?
}
