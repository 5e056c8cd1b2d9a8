import Foundation
import Testing
@testable import DialtoneCore

/// A provider that redirects to another origin never receives Dialtone's credentials there:
/// redirects are not followed, and the error names where the redirect pointed.
@Suite struct CrossOriginRedirectTests {
    /// Headers that carry a credential for one provider or another.
    static let credentialHeaders = ["x-auth-id", "x-auth-token", "authorization", "x-api-key"]

    private func clients(_ baseURL: String) -> [any NumberProvider] {
        let transport = TestCredentials.fastTransport
        return [
            VobizClient(credentials: TestCredentials.vobiz(baseURL), transport: transport),
            PlivoClient(credentials: TestCredentials.plivo(baseURL), transport: transport),
            AgniClient(credentials: TestCredentials.agni(baseURL), transport: transport),
        ]
    }

    /// Each provider's read: Agni has no search, so its owned list.
    private func read(_ provider: any NumberProvider) async throws {
        if provider.kind == .agni {
            _ = try await provider.ownedNumbers(.all)
        } else {
            _ = try await provider.searchInventory(InventoryQuery(country: "US"))
        }
    }

    @Test(arguments: [302, 307])
    func redirectToAnotherPortDeliversNoCredential(status: Int) async throws {
        let elsewhere = LoopbackServer(body: "{}")
        try await elsewhere.start()
        defer { elsewhere.stop() }
        let target = elsewhere.baseURL + "/collect"
        let provider = LoopbackServer(status: status, body: "", headers: ["Location": target])
        try await provider.start()
        defer { provider.stop() }

        for client in clients(provider.baseURL) {
            let error = try await #require(throws: DialtoneError.self) { try await read(client) }
            #expect(error.kind == .redirected, "\(client.kind)")
            #expect(error.httpStatus == status)
            #expect(error.description.contains(target), "the error names where it pointed: \(error.description)")
        }
        #expect(provider.requests.count == 3, "each provider asked once")
        for request in elsewhere.requests {
            for name in Self.credentialHeaders {
                #expect(request.headers.keys.allSatisfy { $0.lowercased() != name }, "\(name) reached another origin")
            }
        }
        #expect(elsewhere.requests.isEmpty, "nothing followed the redirect")
    }

    @Test func redirectedPurchaseIsUnknownAndNamesTheLocation() async throws {
        let provider = LoopbackServer(status: 307, body: "", headers: ["Location": "http://127.0.0.1:1/buy"])
        try await provider.start()
        defer { provider.stop() }
        for client in clients(provider.baseURL) where client.kind != .agni {
            let error = try await #require(throws: DialtoneError.self) {
                _ = try await client.purchase(TestCredentials.number("+14155550100", provider: client.kind), permit: .test)
            }
            #expect(error.kind == .outcomeUnknown, "a POST answered by a redirect is reconciled, never resent")
            #expect(error.description.contains("http://127.0.0.1:1/buy"))
        }
    }

    @Test func hostileLocationIsShownSafely() async throws {
        let provider = LoopbackServer(status: 302, body: "", headers: ["Location": "http://x/\u{9D}52;c;aGk=\u{9C}\u{202E}"])
        try await provider.start()
        defer { provider.stop() }
        let client = VobizClient(credentials: TestCredentials.vobiz(provider.baseURL), transport: TestCredentials.fastTransport)
        let error = try await #require(throws: DialtoneError.self) { try await read(client) }
        #expect(error.description.contains("http://x/"))
        #expect(!error.description.unicodeScalars.contains { TerminalText.isUnsafe($0) })
    }
}
