import Foundation

/// A token a test gives one profile, and every form it takes on the wire, so the test can say
/// whether any of them reached an output: raw, percent-encoded (upper- or lower-case hex), and
/// HTTP Basic `base64(id:token)`. Each token holds `/`, `+` and `=`, so no two forms coincide.
struct PlantedSecret: Sendable {
    let authID: String
    let token: String

    /// Three tokens, one per provider; `salt` keeps two tests' tokens apart.
    static func tokens(_ salt: String = String(UUID().uuidString.prefix(6))) -> (vobiz: PlantedSecret, plivo: PlantedSecret, agni: PlantedSecret) {
        (
            PlantedSecret(authID: "MA_PLANTED01", token: "vbz/\(salt)+tok=en"),
            PlantedSecret(authID: "MAPLANTED00000000001", token: "plv/\(salt)+tok=en"),
            PlantedSecret(authID: "agni", token: "agn/\(salt)+key=en")
        )
    }

    /// What a Plivo client sends after `Basic `.
    var basic: String { Data("\(authID):\(token)".utf8).base64EncodedString() }

    /// Every form of the token a client sends or a server could echo.
    var forms: [String] {
        let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        let encoded = token.addingPercentEncoding(withAllowedCharacters: unreserved) ?? token
        return [token, encoded, encoded.replacing(/%[0-9A-F]{2}/) { $0.output.lowercased() }, basic]
    }

    /// The forms of the token found in `text`, described for a failure message.
    func leaks(in text: String) -> [String] {
        forms.filter { text.contains($0) }.map { "\($0.debugDescription) found in: \(Self.around($0, in: text))" }
    }

    /// The forms of any of `secrets` found in `text`.
    static func leaks(of secrets: [PlantedSecret], in text: String) -> [String] {
        secrets.flatMap { $0.leaks(in: text) }
    }

    private static func around(_ form: String, in text: String) -> String {
        guard let range = text.range(of: form) else { return "" }
        let start = text.index(range.lowerBound, offsetBy: -80, limitedBy: text.startIndex) ?? text.startIndex
        let end = text.index(range.upperBound, offsetBy: 80, limitedBy: text.endIndex) ?? text.endIndex
        return String(text[start..<end]).debugDescription
    }
}
