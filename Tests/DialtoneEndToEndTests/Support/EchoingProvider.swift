import Foundation
import Testing

/// A hostile provider on loopback that answers every request by echoing the credentials it was
/// sent (`X-Auth-Token`, `Authorization`, `X-Api-Key`), in the place `shape` names and in the
/// disguises that slip past a naive filter: split by a zero-width space or a bidi override,
/// wrapped in or split by escape sequences, percent-encoded.
final class EchoingProvider: Sendable {
    /// Where the credentials come back.
    enum Shape: String, Sendable, CaseIterable, CustomTestStringConvertible {
        /// A 401 whose JSON `error` and `message` carry them.
        case errorBody
        /// A 302 whose `Location` carries them (a 3xx is reported with where it pointed).
        case redirect
        /// A 400 whose headers (`X-Echo`, `WWW-Authenticate`, `Date`) carry them.
        case headers

        var testDescription: String { rawValue }
    }

    /// Text every echo starts with, so a test can tell the hostile answer reached the output.
    static let marker = "echoed"

    /// The request headers that carry a credential.
    private static let credentialHeaders: Set<String> = ["x-auth-token", "authorization", "x-api-key"]

    let server: LoopbackServer

    init(_ shape: Shape) {
        server = LoopbackServer { request in
            let secrets = request.headers.filter { Self.credentialHeaders.contains($0.key.lowercased()) }.map(\.value)
            return Self.reply(shape, secrets: secrets.flatMap { value in [value] + (value.hasPrefix("Basic ") ? [String(value.dropFirst(6))] : []) })
        }
    }

    /// Whether any request carried a credential (so there was something to echo).
    var receivedCredentials: Bool {
        server.requests.contains { $0.headers.keys.contains { Self.credentialHeaders.contains($0.lowercased()) } }
    }

    private static func reply(_ shape: Shape, secrets: [String]) -> LoopbackServer.Reply {
        switch shape {
        case .errorBody:
            let text = "\(marker) " + secrets.flatMap(disguises).joined(separator: " ")
            let body = try! JSONSerialization.data(withJSONObject: ["error": text, "message": text, "api_id": "echo"])
            return .init(status: 401, body: String(decoding: body, as: UTF8.self))
        case .redirect:
            let query = secrets.map { "k=\(percentEncoded($0))&raw=\($0)" }.joined(separator: "&")
            return .init(status: 302, body: "", headers: ["Location": "http://\(marker).invalid/steal?\(query)"])
        case .headers:
            let joined = secrets.joined(separator: " ")
            return .init(
                status: 400, body: #"{"error":"bad request","message":"bad request"}"#,
                headers: ["X-Echo": "\(marker) \(joined)", "WWW-Authenticate": #"Basic realm="\#(joined)""#, "Date": joined])
        }
    }

    /// `secret` as it is, and disguised so that removing invisible characters or escape
    /// sequences would put it back together.
    private static func disguises(_ secret: String) -> [String] {
        let half = secret.index(secret.startIndex, offsetBy: secret.count / 2)
        let (head, tail) = (secret[..<half], secret[half...])
        return [
            secret,
            "\(head)\u{200B}\(tail)",
            "\(head)\u{202E}\(tail)\u{202C}",
            "\(head)\u{FEFF}\(tail)",
            "\u{1B}[1m\(secret)\u{1B}[0m",
            "\(head)\u{1B}[0m\(tail)",
            percentEncoded(secret),
        ]
    }

    private static func percentEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }
}
