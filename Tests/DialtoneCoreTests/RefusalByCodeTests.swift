import Foundation
import Testing
@testable import DialtoneCore

/// Issue 23, finding 3: a definite refusal is decided by documented codes and statuses, never
/// by words in a message.
@Suite struct RefusalByCodeTests {
    private func purchaseAnswer(_ status: Int, _ body: String, _ provider: ProviderKind = .vobiz) -> DialtoneError {
        ProviderErrorMapper.error(for: WireResponse(status: status, body: Data(body.utf8)), provider: provider, isPurchase: true)
    }

    @Test func finding3_wordsInA5xxMessageNeverMakeItARefusal() {
        for body in [
            #"{"message":"insufficient capacity upstream"}"#,
            #"{"error":"server_error","message":"insufficient balance of workers, try again"}"#,
            #"{"status":"error","error":{"code":"UPSTREAM","message":"insufficient balance"}}"#,
        ] {
            let error = purchaseAnswer(503, body)
            #expect(error.kind == .outcomeUnknown, "\(body) → \(error.kind)")
            #expect(!error.isDefiniteRefusal, "a 5xx may hide a sale: \(body)")
        }
    }

    @Test func finding3_vobizsDocumentedCodeIsARefusal() {
        let structured = purchaseAnswer(500, #"{"status":"error","error":{"code":"INSUFFICIENT_BALANCE","message":"Balance too low"}}"#)
        #expect(structured.kind == .insufficientBalance && structured.isDefiniteRefusal)
        let flat = purchaseAnswer(500, #"{"error":"insufficient_balance","message":"Balance too low"}"#)
        #expect(flat.kind == .insufficientBalance && flat.isDefiniteRefusal)
        #expect(purchaseAnswer(500, #"{"status":"error","error":{"code":"INSUFFICIENT_BALANCE"}}"#, .plivo).kind == .outcomeUnknown,
                "only Vobiz documents a refusal answered with a 500")
    }

    @Test func aRefusalByStatusStaysOneWhateverItsWords() {
        let error = purchaseAnswer(400, #"{"api_id":"a","error":"insufficient credit: 2.00 USD needed"}"#, .plivo)
        #expect(error.isDefiniteRefusal && error.providerMessage == "insufficient credit: 2.00 USD needed")
    }
}
