import AsyncHTTPClient
import DialtoneSandbox
import Foundation
import Logging
import NIOCore
import NIOHTTP1

/// A small in-memory sandbox and a raw HTTP client for it: tests see exactly the bytes a
/// provider client would.
struct SandboxHarness {
    let sandbox: RunningSandbox

    /// Starts a fresh sandbox with `numbers` seeded numbers; stop it with `stop()`. Vobiz
    /// releases are immediate unless `releaseCooldown` says otherwise.
    static func start(
        numbers: Int = 2_000, faults: SandboxFaults = .none, releaseCooldown: Duration = .zero
    ) async throws -> SandboxHarness {
        let options = SandboxOptions(
            databasePath: ":memory:", numbers: numbers, seed: 7, faults: faults, releaseCooldown: releaseCooldown)
        return SandboxHarness(sandbox: try await SandboxServer.start(options, logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }))
    }

    func stop() async { await sandbox.stop() }

    /// Sends one request; `auth` picks the provider credentials to attach.
    func send(
        _ method: HTTPMethod = .GET, _ path: String, auth: Credentials? = nil, headers: [(String, String)] = [],
        body: String? = nil
    ) async throws -> WireReply {
        var request = HTTPClientRequest(url: sandbox.baseURL + path)
        request.method = method
        for (name, value) in (auth?.headers ?? []) + headers { request.headers.add(name: name, value: value) }
        if let body {
            if request.headers["Content-Type"].isEmpty { request.headers.add(name: "Content-Type", value: "application/json") }
            request.body = .bytes(ByteBuffer(string: body))
        }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
        let bytes = try await response.body.collect(upTo: 4 << 20)
        return WireReply(status: Int(response.status.code), headers: response.headers, body: Data(bytes.readableBytesView))
    }

    /// Reads the whole Vobiz inventory for a country (all pages).
    func vobizInventory(country: String) async throws -> [[String: Any]] {
        var items: [[String: Any]] = []
        var page = 1
        while true {
            let reply = try await send(
                .GET, "/api/v1/Account/\(SandboxCredentials.vobizMainAuthID)/inventory/numbers?country=\(country)&per_page=100&page=\(page)",
                auth: .vobizMain)
            let batch = reply.object["items"] as? [[String: Any]] ?? []
            items += batch
            if batch.count < 100 { return items }
            page += 1
        }
    }
}

/// Which test account's credentials a request carries.
enum Credentials {
    case vobizMain, vobizSub, plivoMain, plivoSub, agni
    case vobizWrongToken, plivoWrongToken, agniWrongKey

    var headers: [(String, String)] {
        typealias C = SandboxCredentials
        switch self {
        case .vobizMain: return [("X-Auth-ID", C.vobizMainAuthID), ("X-Auth-Token", C.vobizMainToken)]
        case .vobizSub: return [("X-Auth-ID", C.vobizSubAuthID), ("X-Auth-Token", C.vobizSubToken)]
        case .vobizWrongToken: return [("X-Auth-ID", C.vobizMainAuthID), ("X-Auth-Token", "wrong")]
        case .plivoMain: return [("Authorization", Self.basic(C.plivoMainAuthID, C.plivoMainToken))]
        case .plivoSub: return [("Authorization", Self.basic(C.plivoSubAuthID, C.plivoSubToken))]
        case .plivoWrongToken: return [("Authorization", Self.basic(C.plivoMainAuthID, "wrong"))]
        case .agni: return [("X-Api-Key", C.agniAPIKey)]
        case .agniWrongKey: return [("X-Api-Key", "wrong")]
        }
    }

    private static func basic(_ id: String, _ token: String) -> String {
        "Basic " + Data("\(id):\(token)".utf8).base64EncodedString()
    }
}

/// A response: status, headers and the body parsed as JSON.
struct WireReply {
    let status: Int
    let headers: HTTPHeaders
    let body: Data

    var json: Any? { try? JSONSerialization.jsonObject(with: body) }
    var object: [String: Any] { json as? [String: Any] ?? [:] }
    var text: String { String(decoding: body, as: UTF8.self) }
}

/// Paths with the sandbox's test account IDs filled in.
enum Paths {
    static let vobiz = "/api/v1/Account/\(SandboxCredentials.vobizMainAuthID)"
    static let vobizLower = "/api/v1/account/\(SandboxCredentials.vobizMainAuthID)"
    static let vobizSub = "/api/v1/account/\(SandboxCredentials.vobizSubAuthID)"
    static let plivo = "/v1/Account/\(SandboxCredentials.plivoMainAuthID)"
    static let plivoSub = "/v1/Account/\(SandboxCredentials.plivoSubAuthID)"
}
