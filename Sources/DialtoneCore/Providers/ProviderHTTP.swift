import Foundation

/// The HTTP half every provider client shares: its credentials' auth headers, reads that may
/// be retried, and the single send of a purchase.
struct ProviderHTTP: Sendable {
    let credentials: ProviderCredentials
    let transport: HTTPTransport

    var provider: ProviderKind { credentials.provider }

    /// The provider's authentication headers plus `Accept`, and `Content-Type` for bodies.
    func headers(json: Bool) -> [WireRequest.Header] {
        var headers: [WireRequest.Header]
        switch provider {
        case .vobiz:
            headers = [.init("X-Auth-ID", credentials.authID), .init("X-Auth-Token", credentials.token.value)]
        case .plivo:
            let basic = Redactor.basicCredential(id: credentials.authID, token: credentials.token.value)
            headers = [.init("Authorization", "Basic \(basic)")]
        case .agni:
            headers = [.init("X-Api-Key", credentials.token.value)]
        }
        headers.append(.init("Accept", "application/json"))
        if json { headers.append(.init("Content-Type", "application/json")) }
        return headers
    }

    /// GETs `url` (retrying what is safe to retry) and decodes a 2xx answer as `T`.
    func get<T: Decodable>(_ url: String, as type: T.Type) async throws -> T {
        let response = try await transport.fetch(WireRequest(method: .get, url: url, headers: headers(json: false)), provider: provider)
        guard response.isSuccess else { throw ProviderErrorMapper.error(for: response, provider: provider) }
        return try WireJSON.decode(type, from: response.body, provider: provider)
    }

    /// POSTs a purchase (or another change that moves money, such as a cancelled release)
    /// exactly once and returns its 2xx answer; anything else throws.
    func postPurchase(_ url: String, body: Data) async throws -> WireResponse {
        try await sendOnce(WireRequest(method: .post, url: url, headers: headers(json: true), body: body))
    }

    /// DELETEs a number exactly once and returns its 2xx answer; anything else throws, and an
    /// answer that does not settle it (a 5xx, a redirect) is `.outcomeUnknown`, as for a purchase.
    func deleteOnce(_ url: String) async throws -> WireResponse {
        try await sendOnce(WireRequest(method: .delete, url: url, headers: headers(json: false)))
    }

    private func sendOnce(_ request: WireRequest) async throws -> WireResponse {
        let response = try await transport.sendOnce(request, provider: provider)
        guard response.isSuccess else { throw ProviderErrorMapper.error(for: response, provider: provider, isPurchase: true) }
        return response
    }
}
