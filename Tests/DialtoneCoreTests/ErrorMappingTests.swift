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

    @Test func purchaseServerErrorWithoutBodyIsAnUnknownOutcome() {
        #expect(map(502, "", .vobiz, purchase: true).kind == .outcomeUnknown)
        #expect(map(502, "<html>bad gateway</html>", .plivo, purchase: true).kind == .outcomeUnknown)
        #expect(map(500, #"{"error":"internal server error","message":"failed"}"#, .vobiz, purchase: true).kind == .server)
    }

    @Test func nonJSONBodiesStillMapByStatus() {
        let error = map(401, "<html>nope</html>", .vobiz)
        #expect(error.kind == .unauthorized && error.providerMessage == nil)
    }
}
