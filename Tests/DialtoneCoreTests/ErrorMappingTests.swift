import Foundation
import Testing
@testable import DialtoneCore

/// Every provider's error body maps to the right `DialtoneError`, with the provider's words.
@Suite struct ErrorMappingTests {
    private func map(_ status: Int, _ body: String, _ provider: ProviderKind, headers: [String: String] = [:], purchase: Bool = false) -> DialtoneError {
        ProviderErrorMapper.error(for: WireResponse(status: status, headers: headers, body: Data(body.utf8)), provider: provider, isPurchase: purchase)
    }

    @Test(arguments: [
        (401, DialtoneError.Kind.unauthorized), (403, .forbidden), (404, .notFound), (409, .notFound),
        (400, .validation), (422, .validation), (402, .insufficientBalance), (429, .rateLimited), (500, .server), (503, .server),
    ])
    func statusesMapToKinds(status: Int, kind: DialtoneError.Kind) {
        #expect(map(status, #"{"error":"x","message":"words"}"#, .vobiz).kind == kind)
        #expect(map(status, #"{"api_id":"1","error":"words"}"#, .plivo).kind == kind)
        #expect(map(status, #"{"success":false,"message":"words"}"#, .agni).kind == kind)
    }

    @Test func vobizNestedErrorBodyIsUnderstood() {
        let error = map(400, #"{"status":"error","error":{"code":"INSUFFICIENT_BALANCE","message":"Balance too low"},"requestId":"r1"}"#, .vobiz)
        #expect(error.kind == .insufficientBalance)
        #expect(error.providerMessage == "Balance too low")
    }

    @Test func plivoErrorWordsBecomeTheMessage() {
        let error = map(400, #"{"api_id":"abc","error":"country_iso is required"}"#, .plivo)
        #expect(error.kind == .validation && error.providerMessage == "country_iso is required")
        #expect(error.description.contains("country_iso is required"))
    }

    @Test func rateLimitKeepsRetryAfter() {
        let error = map(429, #"{"error":"too many requests"}"#, .plivo, headers: ["retry-after": "7"])
        #expect(error.kind == .rateLimited && error.retryAfter == .seconds(7))
        #expect(error.description.contains("retry in 7s"))
    }

    @Test(arguments: [500, 502, 503, 504])
    func aPurchaseAnsweredByAny5xxIsAnUnknownOutcome(status: Int) {
        for provider in [ProviderKind.vobiz, .plivo] {
            #expect(map(status, "", provider, purchase: true).kind == .outcomeUnknown)
            #expect(map(status, "<html>bad gateway</html>", provider, purchase: true).kind == .outcomeUnknown)
            let gateway = map(status, #"{"message": "Endpoint request timed out"}"#, provider, purchase: true)
            #expect(gateway.kind == .outcomeUnknown)
            #expect(gateway.providerMessage == "Endpoint request timed out")
            #expect(gateway.description.contains("HTTP \(status) does not say whether the purchase went through"))
            #expect(map(status, #"{"error":"internal server error","message":"failed"}"#, provider, purchase: true).kind == .outcomeUnknown)
        }
        #expect(map(status, "", .vobiz).kind == .server, "a read keeps its plain server error")
    }

    @Test func vobizInsufficientBalanceAs500IsADefiniteRefusal() {
        let nested = map(500, #"{"status":"error","error":{"code":"INSUFFICIENT_BALANCE","message":"insufficient balance: 100 INR needed"},"requestId":"r1"}"#, .vobiz, purchase: true)
        #expect(nested.kind == .insufficientBalance)
        #expect(nested.providerMessage == "insufficient balance: 100 INR needed")
        #expect(map(500, #"{"error":"insufficient_balance","message":"Insufficient balance"}"#, .vobiz, purchase: true).kind == .insufficientBalance)
        // The documented refusal is Vobiz's; the same words from another provider's 5xx prove nothing.
        #expect(map(500, #"{"api_id":"1","error":"insufficient credit"}"#, .plivo, purchase: true).kind == .outcomeUnknown)
    }

    @Test func aPurchaseRefusedWithA4xxIsDefinite() {
        #expect(map(404, #"{"error":"not found","message":"number not found in inventory"}"#, .vobiz, purchase: true).kind == .notFound)
        #expect(map(400, #"{"api_id":"1","error":"insufficient credit"}"#, .plivo, purchase: true).kind == .insufficientBalance)
    }

    @Test func nonJSONBodiesStillMapByStatus() {
        let error = map(401, "<html>nope</html>", .vobiz)
        #expect(error.kind == .unauthorized && error.providerMessage == nil)
    }
}
