import Foundation

/// Which base URLs credentials may be sent to: `https` anywhere, plain `http` only to this
/// machine (the sandbox on `127.0.0.1` or `localhost`).
enum BaseURLPolicy {
    /// Why `url` cannot be a base URL, or `nil` when it can.
    static func problem(_ url: String) -> String? {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
              let host = components.host, !host.isEmpty else {
            return "\"\(url)\" is not an http(s) URL"
        }
        switch scheme {
        case "https": return nil
        case "http" where isLoopback(host): return nil
        case "http": return "\"\(url)\" must use https (plain http is allowed only for 127.0.0.1 and localhost)"
        default: return "\"\(url)\" is not an http(s) URL"
        }
    }

    /// Whether `url` is plain `http` (allowed for loopback, reported by `config check`).
    static func isPlainHTTP(_ url: String) -> Bool {
        URLComponents(string: url)?.scheme?.lowercased() == "http"
    }

    /// Whether `url`'s host is this machine (see `isLoopback`).
    static func isLoopbackURL(_ url: String) -> Bool {
        URLComponents(string: url)?.host.map(isLoopback) ?? false
    }

    /// `localhost`, `127.0.0.0/8` and `::1`.
    static func isLoopback(_ host: String) -> Bool {
        let host = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        if host == "localhost" || host == "::1" { return true }
        let octets = host.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4 && octets[0] == "127" && octets.allSatisfy { UInt8($0) != nil }
    }
}
