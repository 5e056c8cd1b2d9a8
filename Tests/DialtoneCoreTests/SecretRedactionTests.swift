import Foundation
import Testing
@testable import DialtoneCore

/// A token never appears in error text, descriptions or log output — even when a provider
/// echoes it back.
@Suite struct SecretRedactionTests {
    @Test func tokensNeverReachErrorsDescriptionsOrLogs() async throws {
        let logPath = FileManager.default.temporaryDirectory.appendingPathComponent("dialtone-redaction-\(UUID().uuidString).log").path
        try DialtoneLog.enable(path: logPath, level: .trace)
        let basic = Redactor.basicCredential(id: TestCredentials.plivo("http://x").authID, token: TestCredentials.plivoToken)
        let tokens = [TestCredentials.vobizToken, TestCredentials.plivoToken, TestCredentials.agniKey, basic]
        // A hostile server that puts the caller's credentials — the Basic header too — into every answer.
        let server = LoopbackServer { request in
            let echoed = request.headers.values.joined(separator: " ")
            return .init(status: 401, body: #"{"error":"bad token \#(echoed)","message":"token \#(echoed) rejected","api_id":"x","success":false}"#)
        }
        try await server.start()
        defer { server.stop() }
        let transport = HTTPTransport(policy: .none)
        let providers: [any NumberProvider] = [
            VobizClient(credentials: TestCredentials.vobiz(server.baseURL), transport: transport),
            PlivoClient(credentials: TestCredentials.plivo(server.baseURL), transport: transport),
            AgniClient(credentials: TestCredentials.agni(server.baseURL), transport: transport),
        ]
        var texts: [String] = []
        for provider in providers {
            for operation in 0..<3 {
                do {
                    switch operation {
                    case 0: _ = try await provider.ownedNumbers(.all)
                    case 1: _ = try await provider.purchase(TestCredentials.number("+14155550100", provider: provider.kind), permit: .test)
                    default: _ = try await provider.searchInventory(InventoryQuery(country: "US"))
                    }
                } catch let error as DialtoneError {
                    texts += [error.description, String(reflecting: error), error.providerMessage ?? "", error.detail ?? "", "\(error)"]
                }
            }
        }
        let credentials = [TestCredentials.vobiz("http://x"), TestCredentials.plivo("http://x"), TestCredentials.agni("http://x")]
        for credential in credentials {
            var dumped = ""
            dump(credential, to: &dumped)
            texts += [credential.description, String(reflecting: credential), "\(credential)", dumped, "\(credential.token)"]
            let profile = Profile(name: "p", credentials: credential, origin: "test")
            texts += [profile.description, String(reflecting: profile)]
        }
        texts.append(try String(contentsOfFile: logPath, encoding: .utf8))
        #expect(texts.joined().contains("rejected"), "the hostile answers were seen")
        #expect(server.requests.contains { $0.headers.values.contains("Basic \(basic)") }, "the Basic header was sent and echoed")
        #expect(texts.last?.isEmpty == false, "the log was written")
        for text in texts {
            for token in tokens {
                #expect(!text.contains(token), "token leaked into: \(text.prefix(200))")
            }
        }
    }

    @Test func everyWireFormOfASecretIsRedacted() {
        let token = "tok/en+with=odd chars-42"
        let basic = Redactor.basicCredential(id: "MAREDACTAUTHID000001", token: token)
        _ = ProviderCredentials(provider: .plivo, authID: "MAREDACTAUTHID000001", token: Secret(token))
        let encoded = "tok%2Fen%2Bwith%3Dodd%20chars-42"
        let text = "raw \(token) basic Basic \(basic) upper \(encoded) lower \(encoded.lowercased())"
        let redacted = Redactor.redact(text)
        #expect(redacted == "raw [redacted] basic Basic [redacted] upper [redacted] lower [redacted]")
    }

    @Test func identifiersAreMaskedForDisplay() {
        #expect(Redactor.maskIdentifier("MA_ABCDEFGH1234") == "MA_A…234")
        #expect(Redactor.maskIdentifier("short") == "short")
    }
}
