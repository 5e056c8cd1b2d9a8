import DialtoneSandbox
import Foundation
import Testing

/// Vobiz documents the number in a release path three ways (PROVIDERS.md): digits only on
/// `/Account/`, `+digits` on `/account/` (what the official Python SDK sends) and `%2Bdigits`
/// where a page asks for URL-encoding. The sandbox accepts each, over HTTP, byte for byte.
@Suite struct VobizReleasePathFormTests {
    /// Releases a freshly bought number through `path(e164)` and expects 204 and the number gone.
    private func releases(_ path: (String) -> String) async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.stop() } }
        let e164 = try await harness.buyVobizNumber()
        let reply = try await harness.send(.DELETE, path(e164), auth: .vobizMain)
        #expect(reply.status == 204, "\(path(e164)): \(reply.text)")
        #expect(try await !harness.vobizOwns(e164))
        #expect(try await harness.sandbox.ledgerIsConsistent())
    }

    @Test func digitsOnCapitalAccount() async throws {
        try await releases { "\(Paths.vobiz)/numbers/\($0.dropFirst())" }
    }

    @Test func plusOnLowercaseAccount() async throws {
        try await releases { "\(Paths.vobizLower)/numbers/\($0)" }
    }

    @Test func percentEncodedPlus() async throws {
        try await releases { "\(Paths.vobizLower)/numbers/%2B\($0.dropFirst())" }
        try await releases { "\(Paths.vobiz)/numbers/%2b\($0.dropFirst())" }
    }

    @Test func aNumberNotOwnedIsRefused403InEveryForm() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.stop() } }
        let stocked = try #require(try await harness.vobizInventory(country: "IN").first?["e164"] as? String)
        let digits = stocked.dropFirst()
        for path in ["\(Paths.vobiz)/numbers/\(digits)", "\(Paths.vobizLower)/numbers/\(stocked)", "\(Paths.vobizLower)/numbers/%2B\(digits)"] {
            let reply = try await harness.send(.DELETE, path, auth: .vobizMain)
            #expect(reply.status == 403, "\(path): \(reply.text)")
            #expect(reply.object["message"] as? String == "account does not own this number")
        }
    }

    @Test func anythingElseIsRefused400() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.stop() } }
        for number in ["++14155551234", "%2B%2B14155551234", "+1415555123x", "%2B", "+0123456789", "%20" + "14155551234"] {
            let reply = try await harness.send(.DELETE, "\(Paths.vobizLower)/numbers/\(number)", auth: .vobizMain)
            #expect(reply.status == 400, "\(number): \(reply.text)")
        }
    }
}
