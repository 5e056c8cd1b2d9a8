import AsyncHTTPClient
import NIOCore
import NIOPosix

/// A request that got no HTTP response, and whether it can have reached the server.
struct TransportFailure: Error {
    let underlying: any Error

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

    private var reason: String {
        if let error = underlying as? HTTPClientError { return String(describing: error) }
        if let error = underlying as? IOError { return "\(error.description)" }
        if underlying is NIOConnectionError { return "connection refused" }
        return String(describing: type(of: underlying))
    }
}
