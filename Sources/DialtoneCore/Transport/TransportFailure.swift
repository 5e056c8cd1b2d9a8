import AsyncHTTPClient
import NIOCore
import NIOPosix

/// A request that got no HTTP response, and whether it can have reached the server.
struct TransportFailure: Error {
    let underlying: any Error
    /// `host:port` the request was sent to, for messages.
    var endpoint: String = "the server"
    /// The request's deadline, for "no answer within …".
    var deadline: Duration?

    /// The request certainly never reached the server (refused, no route, bad URL).
    var certainlyNotSent: Bool {
        if let error = underlying as? HTTPClientError {
            return [.connectTimeout, .invalidURL, .emptyHost, .emptyScheme, .alreadyShutdown, .getConnectionFromPoolTimeout]
                .contains(error)
        }
        if underlying is NIOConnectionError { return true }
        if let error = underlying as? IOError {
            return [ECONNREFUSED, EHOSTUNREACH, ENETUNREACH, EADDRNOTAVAIL].contains(error.errnoCode)
        }
        return false
    }

    /// Retrying within seconds cannot help: nothing listens there, the name does not resolve,
    /// or TLS failed. Such reads fail at once instead of being retried.
    var isPermanent: Bool {
        switch cause {
        case .refused, .unresolved, .tls, .badURL: true
        default: false
        }
    }

    var isTimeout: Bool {
        guard let error = underlying as? HTTPClientError else { return false }
        return [.deadlineExceeded, .readTimeout, .writeTimeout, .connectTimeout].contains(error)
    }

    var isCancellation: Bool {
        underlying is CancellationError || (underlying as? HTTPClientError) == .cancelled
    }

    /// The error to report. With `outcomeUnknown` (a purchase), a request that certainly never
    /// reached the provider is `.transport` and anything else — a timeout, a reset, a cancelled
    /// wait — is `.outcomeUnknown`: it must be reconciled, never resent.
    func asDialtoneError(provider: ProviderKind, outcomeUnknown: Bool) -> DialtoneError {
        if outcomeUnknown {
            return DialtoneError(certainlyNotSent ? .transport : .outcomeUnknown, provider: provider, detail: reason)
        }
        if isCancellation { return DialtoneError(.cancelled, provider: provider) }
        return DialtoneError(isTimeout ? .timeout : .transport, provider: provider, detail: reason)
    }

    /// What happened, in words for people: `connection refused by 127.0.0.1:1`.
    var reason: String {
        switch cause {
        case .refused: "connection refused by \(endpoint)"
        case .unresolved: "cannot resolve \(host)"
        case .unreachable: "no route to \(endpoint)"
        case .reset: "connection reset by \(endpoint)"
        case .closed: "\(endpoint) closed the connection"
        case .connectTimeout: "no connection to \(endpoint) within 10 s"
        case .timeout: "no answer from \(endpoint)" + (deadline.map { " within \(Self.seconds($0))" } ?? "")
        case .tls(let detail): "TLS with \(endpoint) failed: \(detail)"
        case .badURL: "the base URL is not a valid http(s) URL"
        case .tooLarge: "the answer from \(endpoint) was too large"
        case .cancelled: "cancelled"
        case .other(let detail): "\(detail) (\(endpoint))"
        }
    }

    private var host: String {
        endpoint.lastIndex(of: ":").map { String(endpoint[..<$0]) } ?? endpoint
    }

    /// The failure sorted into what people can act on.
    enum Cause: Equatable {
        case refused, unresolved, unreachable, reset, closed, connectTimeout, timeout, badURL, tooLarge, cancelled
        case tls(String)
        case other(String)
    }

    var cause: Cause { Self.cause(of: underlying) }

    private static func cause(of error: any Error) -> Cause {
        if error is CancellationError { return .cancelled }
        if let error = error as? NIOConnectionError {
            if let first = error.connectionErrors.first { return cause(of: first.error) }
            return error.dnsAError != nil || error.dnsAAAAError != nil ? .unresolved : .refused
        }
        if let error = error as? IOError { return cause(errno: error.errnoCode) }
        if let error = error as? HTTPClientError {
            switch error {
            case .connectTimeout: return .connectTimeout
            case .deadlineExceeded, .readTimeout, .writeTimeout: return .timeout
            case .invalidURL, .emptyHost, .emptyScheme: return .badURL
            case .remoteConnectionClosed: return .closed
            case .cancelled: return .cancelled
            default: return .other(String(describing: error))
            }
        }
        if error is NIOTooManyBytesError { return .tooLarge }
        let name = String(describing: type(of: error))
        if name.contains("SSL") || name.contains("TLS") { return .tls(tlsWords(String(describing: error))) }
        if name.contains("Resolver") || name.contains("DNS") || name.contains("GAIError") { return .unresolved }
        if name == "ChannelError", "\(error)".contains("ioOnClosedChannel") { return .closed }
        return .other(name)
    }

    /// A TLS library's error (`handshakeFailed(NIOSSL.BoringSSLError…CERTIFICATE_VERIFY_FAILED at
    /// …/handshake.cc:320)`) in words, for the refusals people meet; anything else as it came.
    private static func tlsWords(_ detail: String) -> String {
        if detail.contains("CERTIFICATE_VERIFY_FAILED") {
            return "its certificate is not trusted (self-signed, expired, or from an unknown authority)"
        }
        if detail.contains("failedToValidateHostname") { return "its certificate is for another name" }
        return detail
    }

    private static func cause(errno code: Int32) -> Cause {
        switch code {
        case ECONNREFUSED: .refused
        case EHOSTUNREACH, ENETUNREACH, EADDRNOTAVAIL: .unreachable
        case ECONNRESET, EPIPE: .reset
        case ETIMEDOUT: .timeout
        default: .other(String(cString: strerror(code)).lowercased())
        }
    }

    private static func seconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return seconds > 0 ? "\(seconds) s" : "\(attoseconds / 1_000_000_000_000_000) ms"
    }
}
