import Foundation
import Testing

/// Reading routing back over HTTP, as a client would: the owned lists, trunks and applications.
extension SandboxHarness {
    /// The Vobiz numbers `auth`'s account owns (first 100), by E.164.
    func vobizOwned(_ auth: Credentials = .vobizMain, subaccounts: Bool = false) async throws -> [String: [String: Any]] {
        let path = auth == .vobizSub ? Paths.vobizSub : Paths.vobiz
        let reply = try await send(.GET, "\(path)/numbers?per_page=100&include_subaccounts=\(subaccounts)", auth: auth)
        #expect(reply.status == 200, "\(reply.text)")
        return byKey(reply.object["items"], "e164")
    }

    /// Every trunk of `auth`'s Vobiz account, in order.
    func vobizTrunks(_ auth: Credentials = .vobizMain) async throws -> [[String: Any]] {
        let path = auth == .vobizSub ? Paths.vobizSub : Paths.vobiz
        let reply = try await send(.GET, "\(path)/trunks?size=100", auth: auth)
        #expect(reply.status == 200, "\(reply.text)")
        return reply.object["items"] as? [[String: Any]] ?? []
    }

    /// The Plivo numbers `auth`'s account (and its sub-accounts) rent, first 20, by number.
    func plivoRented(_ auth: Credentials = .plivoMain) async throws -> [String: [String: Any]] {
        let reply = try await send(.GET, "\(auth == .plivoSub ? Paths.plivoSub : Paths.plivo)/Number/", auth: auth)
        #expect(reply.status == 200, "\(reply.text)")
        return byKey(reply.object["objects"], "number")
    }

    /// One rented Plivo number as `GET …/Number/{number}/` answers it.
    func plivoNumber(_ number: String, _ auth: Credentials = .plivoMain) async throws -> [String: Any] {
        let reply = try await send(.GET, "\(auth == .plivoSub ? Paths.plivoSub : Paths.plivo)/Number/\(number)/", auth: auth)
        #expect(reply.status == 200, "\(reply.text)")
        return reply.object
    }

    /// Every application of `auth`'s Plivo account, in order.
    func plivoApplications(_ auth: Credentials = .plivoMain) async throws -> [[String: Any]] {
        let reply = try await send(.GET, "\(auth == .plivoSub ? Paths.plivoSub : Paths.plivo)/Application/", auth: auth)
        #expect(reply.status == 200, "\(reply.text)")
        return reply.object["objects"] as? [[String: Any]] ?? []
    }

    private func byKey(_ items: Any?, _ key: String) -> [String: [String: Any]] {
        let list = items as? [[String: Any]] ?? []
        return Dictionary(list.compactMap { item in (item[key] as? String).map { ($0, item) } }, uniquingKeysWith: { first, _ in first })
    }
}
