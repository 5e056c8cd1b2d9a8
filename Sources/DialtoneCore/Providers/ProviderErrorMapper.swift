import Foundation

/// Turns a provider's non-2xx answer into a `DialtoneError`, keeping the provider's own message.
///
/// Understands every documented error body: Vobiz `{"error","message"}` and
/// `{"status":"error","error":{"code","message"}}`, Plivo `{"api_id","error"}`, Agni
/// `{"success":false,"message"}`. Anything else still maps by HTTP status.
enum ProviderErrorMapper {
    /// The error for `response`. For a purchase (`isPurchase`), only a 4xx or a documented
    /// refusal is a definite "no": any other answer (a 5xx with or without a body, say a
    /// gateway's 504) is `.outcomeUnknown`, because the provider may have committed first. A 3xx
    /// (never followed) is `.redirected` naming its `Location`; for a purchase it is
    /// `.outcomeUnknown` with the same detail, since something other than the provider answered.
    static func error(for response: WireResponse, provider: ProviderKind, isPurchase: Bool = false) -> DialtoneError {
        if (300..<400).contains(response.status) {
            return DialtoneError(isPurchase ? .outcomeUnknown : .redirected, provider: provider, httpStatus: response.status,
                                 detail: redirectDetail(response))
        }
        let body = ErrorBody(response.body)
        let kind = kind(status: response.status, body: body)
        if isPurchase, !(400..<500).contains(response.status), !isDocumentedRefusal(kind, provider: provider) {
            return DialtoneError(.outcomeUnknown, provider: provider, httpStatus: response.status, providerMessage: body.message)
        }
        return DialtoneError(
            kind, provider: provider, httpStatus: response.status, providerMessage: body.message,
            retryAfter: kind == .rateLimited ? response.retryAfter : nil
        )
    }

    /// A 5xx that certainly bought nothing: Vobiz answers insufficient balance with a 500 after
    /// rolling the purchase back (PROVIDERS.md).
    private static func isDocumentedRefusal(_ kind: DialtoneError.Kind, provider: ProviderKind) -> Bool {
        provider == .vobiz && kind == .insufficientBalance
    }

    /// `redirected to https://elsewhere.example/x` (terminal-safe, at most 200 characters).
    private static func redirectDetail(_ response: WireResponse) -> String {
        guard let location = response.header("location"), !location.isEmpty else { return "redirect without a Location" }
        return "redirected to \(location.prefix(200))".terminalSafe
    }

    /// The kind by documented codes and statuses: a message's words never turn an answer into
    /// a refusal (a 503 saying "insufficient capacity upstream" is a server error, which may
    /// hide a sale). Only within a 4xx, already a refusal by its status, may they name it
    /// better (Plivo's 400 "insufficient credit").
    private static func kind(status: Int, body: ErrorBody) -> DialtoneError.Kind {
        if body.isInsufficientBalanceCode { return .insufficientBalance }
        if (400..<500).contains(status), body.message?.lowercased().contains("insufficient") == true { return .insufficientBalance }
        switch status {
        case 401: return .unauthorized
        case 402: return .insufficientBalance
        case 403: return .forbidden
        case 404, 409, 410: return .notFound
        case 429: return .rateLimited
        case 400, 405, 413, 414, 415, 422: return .validation
        case 500...: return .server
        default: return .validation
        }
    }
}

/// The interesting parts of any provider's error body.
struct ErrorBody {
    /// A machine code (`INSUFFICIENT_BALANCE`, `not found`), when given.
    var code: String?
    /// The code came from Vobiz's documented `{"error":{"code","message"}}` shape, not from a
    /// free-text `error` field.
    var isStructuredCode = false
    /// The human message, when given.
    var message: String?

    init(_ data: Data) {
        guard let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) as? [String: Any] else {
            return
        }
        if let nested = object["error"] as? [String: Any] {
            code = Self.text(nested["code"])
            isStructuredCode = code != nil
            message = Self.text(nested["message"])
        } else {
            code = Self.text(object["error"])
            message = Self.text(object["message"]) ?? Self.text(object["detail"])
        }
        // Plivo puts its only words in `error`; show them as the message.
        if message == nil { message = code }
        if let text = message { message = String(text.prefix(300)) }
    }

    /// Vobiz's documented code for a balance that does not cover the charge (PROVIDERS.md),
    /// matched exactly in its structured `error.code`, or as a flat `error` kind of the
    /// per-endpoint examples (`insufficient_balance`).
    var isInsufficientBalanceCode: Bool {
        guard let code else { return false }
        return isStructuredCode ? code == "INSUFFICIENT_BALANCE" : code == "insufficient_balance"
    }

    private static func text(_ value: Any?) -> String? {
        guard let string = value as? String, !string.isEmpty else { return nil }
        return string
    }
}
