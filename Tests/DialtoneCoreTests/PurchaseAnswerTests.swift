import Foundation
import Testing
@testable import DialtoneCore

/// How each buying client reads every answer a real HTTP server (or a gateway in front of it)
/// can give to a purchase: only a 4xx or a documented refusal is definite; the rest is unknown.
@Suite struct PurchaseAnswerTests {
    private static let providers: [ProviderKind] = [.vobiz, .plivo]

    private func purchase(_ provider: ProviderKind, answer status: Int, _ body: String) async throws -> Result<PurchaseReceipt, DialtoneError> {
        let server = LoopbackServer(status: status, body: body)
        try await server.start()
        defer { server.stop() }
        let client: any NumberProvider = provider == .vobiz
            ? VobizClient(credentials: TestCredentials.vobiz(server.baseURL), transport: TestCredentials.fastTransport)
            : PlivoClient(credentials: TestCredentials.plivo(server.baseURL), transport: TestCredentials.fastTransport)
        let result: Result<PurchaseReceipt, DialtoneError>
        do {
            result = .success(try await client.purchase(TestCredentials.number("+919876543210", provider: provider), permit: .test))
        } catch let error as DialtoneError {
            result = .failure(error)
        }
        #expect(server.requests.count == 1, "a purchase is sent once, whatever the answer")
        return result
    }

    @Test(arguments: [500, 502, 503, 504])
    func any5xxWithOrWithoutABodyIsAnUnknownOutcome(status: Int) async throws {
        for provider in Self.providers {
            for body in ["", #"{"message": "Endpoint request timed out"}"#, "<html><body>Bad Gateway</body></html>"] {
                let result = try await purchase(provider, answer: status, body)
                guard case .failure(let error) = result else {
                    Issue.record("\(provider) \(status) \(body): expected an error")
                    continue
                }
                #expect(error.kind == .outcomeUnknown, "\(provider) \(status) \(body)")
                #expect(error.httpStatus == status)
            }
        }
    }

    @Test func vobizInsufficientBalanceAs500IsAFailure() async throws {
        let body = #"{"status":"error","error":{"code":"INSUFFICIENT_BALANCE","message":"insufficient balance: 101 INR needed, 3 INR available"},"requestId":"r-1"}"#
        let result = try await purchase(.vobiz, answer: 500, body)
        guard case .failure(let error) = result else {
            Issue.record("expected a refusal")
            return
        }
        #expect(error.kind == .insufficientBalance)
        #expect(error.providerMessage == "insufficient balance: 101 INR needed, 3 INR available")
    }

    @Test func a2xxThatDoesNotNameTheNumberIsAnUnknownOutcome() async throws {
        for (provider, body) in [
            (ProviderKind.vobiz, #"{"message":"Number purchased successfully","items":[]}"#),
            (.plivo, #"{"api_id":"1","message":"created","numbers":[{"number":"14155550000","status":"Success"}],"status":"fulfilled"}"#),
            (.plivo, "not json"),
        ] {
            let result = try await purchase(provider, answer: 200, body)
            guard case .failure(let error) = result else {
                Issue.record("\(provider) \(body): expected an error")
                continue
            }
            #expect(error.kind == .outcomeUnknown)
        }
    }

    @Test func aPlivoNumberWhoseOwnStatusSaysFailedIsADefiniteRefusalWithTheProvidersWords() async throws {
        let body = #"{"api_id":"1","message":"not created","numbers":[{"number":"919876543210","status":"Failed","error":"number could not be provisioned"}],"status":"failed"}"#
        guard case .failure(let error) = try await purchase(.plivo, answer: 200, body) else {
            Issue.record("a failed number was taken as bought")
            return
        }
        #expect(error.kind == .refused && error.isDefiniteRefusal)
        #expect(error.providerMessage == "number could not be provisioned")
        #expect(error.description.contains("nothing was bought") && error.description.contains(#"status "Failed""#), "\(error)")
    }

    @Test func aPlivo206ConfirmsOnlyTheNumberItSaysWasBought() async throws {
        for body in [#"{"api_id":"1","message":"partial","numbers":[],"status":"partial"}"#,
                     #"{"api_id":"1","numbers":[{"number":"919876543210","status":"Failed"}]}"#] {
            guard case .failure(let error) = try await purchase(.plivo, answer: 206, body) else {
                Issue.record("206 \(body): expected an unknown outcome")
                continue
            }
            #expect(error.kind == .outcomeUnknown && error.httpStatus == 206, "\(error)")
        }
        let confirmed = #"{"api_id":"1","numbers":[{"number":"919876543210","status":"Success"}],"status":"partial"}"#
        let receipt = try await purchase(.plivo, answer: 206, confirmed).get()
        #expect(receipt.e164 == "+919876543210" && receipt.status == .active)
    }

    @Test func a4xxIsADefiniteRefusal() async throws {
        for provider in Self.providers {
            let result = try await purchase(provider, answer: 404, #"{"error":"not found","message":"number not found in inventory"}"#)
            guard case .failure(let error) = result else {
            Issue.record("expected a refusal")
            return
        }
            #expect(error.kind == .notFound || error.kind == .needsMainAccount)
        }
    }
}
