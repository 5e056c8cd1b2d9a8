import Foundation
import Synchronization

/// Removes every known secret from text before it is shown, logged or thrown.
///
/// Secrets are registered when configuration is loaded (`Secret.init` does it), so any text
/// that later passes through `redact` — error messages, log lines, descriptions — loses them,
/// even when a provider echoes a token back. Every form a secret takes on the wire is known:
/// raw, percent-encoded (upper- or lower-case hex), and the HTTP Basic `base64(id:token)`.
public enum Redactor {
    /// What a secret is replaced with.
    public static let mask = "[redacted]"
    private static let secrets = Mutex<Set<String>>([])

    /// Remembers `secret` so every later `redact` call removes it. Values under 4 characters are
    /// ignored (they would mangle ordinary text and protect nothing).
    public static func register(_ secret: String) {
        guard secret.count >= 4 else { return }
        let encoded = QueryString.segment(secret)
        secrets.withLock { known in
            known.insert(secret)
            known.insert(encoded)
            known.insert(encoded.replacing(/%[0-9A-F]{2}/) { $0.output.lowercased() })
        }
    }

    /// Remembers the HTTP Basic credential `base64(id:token)` (and the raw secrets) so an
    /// echoed `Authorization` header is redacted too.
    public static func registerBasic(id: String, token: String) {
        register(token)
        register(basicCredential(id: id, token: token))
    }

    /// The value after `Basic ` in an HTTP Basic `Authorization` header.
    public static func basicCredential(id: String, token: String) -> String {
        Data("\(id):\(token)".utf8).base64EncodedString()
    }

    /// `text` with every registered secret replaced by `mask`.
    public static func redact(_ text: String) -> String {
        let known = secrets.withLock { $0 }
        guard !known.isEmpty else { return text }
        var result = text
        // Longest first, so a secret containing another is removed whole.
        for secret in known.sorted(by: { $0.count > $1.count }) where result.contains(secret) {
            result = result.replacingOccurrences(of: secret, with: mask)
        }
        return result
    }

    /// `MA_ABCD1234XYZ` → `MA_A…XYZ`: enough to recognise an account id, not to copy it.
    public static func maskIdentifier(_ id: String) -> String {
        guard id.count > 8 else { return id }
        return String(id.prefix(4)) + "…" + String(id.suffix(3))
    }
}
