import DialtoneCore
import DialtoneSandbox
import Foundation
import Logging

/// A sandbox on a free loopback port with a small in-memory data set, plus the environment
/// that points the CLI at it.
struct SandboxFixture {
    let sandbox: RunningSandbox

    /// Vobiz releases are immediate unless `releaseCooldown` says otherwise; `owned` gives each
    /// main account that many more numbers (`sandbox serve --owned`).
    static func start(numbers: Int = 2_000, owned: Int = 0, releaseCooldown: Duration = .zero) async throws -> SandboxFixture {
        let sandbox = try await SandboxServer.start(
            SandboxOptions(databasePath: ":memory:", numbers: numbers, owned: owned, seed: 7, releaseCooldown: releaseCooldown),
            logger: Logger(label: "sandbox", factory: { _ in SwiftLogNoOpLogHandler() })
        )
        return SandboxFixture(sandbox: sandbox)
    }

    /// Credentials and base URL for every provider, as `dialtone sandbox credentials --shell` prints them.
    var environment: [String: String] {
        Dictionary(uniqueKeysWithValues: SandboxCredentials.environment(baseURL: sandbox.baseURL).map { ($0.name, $0.value) })
    }

    /// Replaces a number's region and city with `text`, verbatim, through the admin endpoint.
    func relabel(_ e164: String, as text: String) async throws {
        let body = try JSONSerialization.data(withJSONObject: ["e164": e164, "region": text, "region_name": text, "city": text])
        let request = WireRequest(
            method: .post, url: sandbox.baseURL + "/_sandbox/relabel", headers: [.init("Content-Type", "application/json")], body: body)
        let response = try await HTTPTransport().sendOnce(request, provider: .vobiz)
        guard response.status == 200 else { throw TmuxError("relabel answered \(response.status)") }
    }

    /// Only the Vobiz or Plivo variables, so that provider's profile is the active one.
    func environment(only prefix: String) -> [String: String] {
        environment.filter { $0.key.hasPrefix(prefix) || $0.key == "DIALTONE_BASE_URL" }
    }
}
