import Foundation
import Hummingbird

/// A failure answered to the client in its provider's documented error format.
///
/// Handlers throw it; `SandboxMiddleware` renders it, so no route writes an error body by hand.
struct WireError: Error, Sendable {
    var status: HTTPResponse.Status
    var message: String
    /// Vobiz's global error code (`INSUFFICIENT_BALANCE`…); when set, Vobiz gets the structured form
    /// `{"status":"error","error":{"code","message"},"requestId"}` instead of `{"error","message"}`.
    var vobizCode: String?
    /// Extra headers, such as `Retry-After` on a 429.
    var headers: HTTPFields = [:]

    static func badRequest(_ message: String) -> WireError { WireError(status: .badRequest, message: message) }
    static func notFound(_ message: String) -> WireError { WireError(status: .notFound, message: message) }
    static func unauthorized(_ message: String) -> WireError { WireError(status: .unauthorized, message: message) }

    /// The body and headers this error gets when it answers a `provider` request.
    func response(for provider: Provider) -> Response {
        var fields = headers
        fields[.contentType] = "application/json"
        return Response(
            status: status, headers: fields,
            body: .init(byteBuffer: ByteBuffer(string: body(for: provider).serialized))
        )
    }

    func body(for provider: Provider) -> JSONValue {
        switch provider {
        case .vobiz:
            if let vobizCode {
                return .object([
                    ("status", "error"),
                    ("error", .object([("code", .string(vobizCode)), ("message", .string(message))])),
                    ("requestId", .string(UUID().uuidString.lowercased())),
                ])
            }
            return .object([("error", .string(kind)), ("message", .string(message))])
        case .plivo:
            return .object([("api_id", .string(UUID().uuidString.lowercased())), ("error", .string(message))])
        case .agni:
            return .object([("success", false), ("message", .string(message))])
        case .admin:
            return .object([("error", .string(message))])
        }
    }

    /// Vobiz's short error kind for the status, as in `{"error":"not found"}`.
    private var kind: String {
        switch status.code {
        case 400: "bad request"
        case 401: "unauthorized"
        case 402: "payment required"
        case 403: "forbidden"
        case 404: "not found"
        case 405: "method not allowed"
        case 409: "conflict"
        case 413: "payload too large"
        case 429: "too many requests"
        default: status.code >= 500 ? "internal server error" : status.reasonPhrase.lowercased()
        }
    }
}
