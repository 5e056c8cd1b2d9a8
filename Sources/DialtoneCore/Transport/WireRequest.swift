import Foundation

/// One HTTP request as a provider client builds it, before it meets the network.
public struct WireRequest: Sendable, Hashable {
    public enum Method: String, Sendable, Hashable { case get = "GET", post = "POST", delete = "DELETE" }

    public var method: Method
    public var url: String
    public var headers: [Header]
    public var body: Data?

    /// One header line; a struct so requests stay `Hashable` and ordered.
    public struct Header: Sendable, Hashable {
        public var name: String
        public var value: String
        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    public init(method: Method, url: String, headers: [Header] = [], body: Data? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }

    /// `host:port` of the URL (the scheme's default port when none is given), for messages.
    public var endpoint: String {
        guard let components = URLComponents(string: url), let host = components.host, !host.isEmpty else { return "the server" }
        let port = components.port ?? (components.scheme?.lowercased() == "http" ? 80 : 443)
        return host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }

    /// The URL with nothing secret in it, for logs (credentials travel in headers only).
    public var logLine: String { Redactor.redact("\(method.rawValue) \(url)") }
}

/// One HTTP response: status, headers (names lower-cased) and the whole body.
public struct WireResponse: Sendable, Hashable {
    public var status: Int
    public var headers: [String: String]
    public var body: Data

    public init(status: Int, headers: [String: String] = [:], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A header by case-insensitive name.
    public func header(_ name: String) -> String? { headers[name.lowercased()] }

    public var isSuccess: Bool { (200..<300).contains(status) }

    /// Retry-After in seconds (the HTTP-date form is treated as absent).
    public var retryAfter: Duration? {
        guard let text = header("retry-after"), let seconds = Int(text.trimmingCharacters(in: .whitespaces)), seconds >= 0 else {
            return nil
        }
        return .seconds(seconds)
    }
}

/// Builds query strings with RFC 3986 escaping; parameters with `nil` values are left out.
enum QueryString {
    static func build(_ items: [(String, String?)]) -> String {
        let parts = items.compactMap { name, value in value.map { "\(escape(name))=\(escape($0))" } }
        return parts.isEmpty ? "" : "?" + parts.joined(separator: "&")
    }

    static func escape(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~*")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    /// A path segment: everything but unreserved characters escaped.
    static func segment(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
