import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOFoundationCompat
import NIOHTTP1

/// Sends provider requests over one shared AsyncHTTPClient.
///
/// `fetch` (reads) retries transport failures, 5xx and 429 with jittered backoff; `sendOnce`
/// (purchases) sends exactly one request and reports an unanswered one as `.outcomeUnknown`,
/// because the provider may have acted on it.
public final class HTTPTransport: Sendable {
    /// The process-wide client: TLS verified (the default, never relaxed), 10 s connect
    /// timeout, and redirects never followed — a 3xx comes back as it is, so credentials only
    /// ever reach the profile's own origin. Never shut down.
    ///
    /// A failed connection fails the request at once (`retryConnectionEstablishment` off):
    /// otherwise the pool keeps reconnecting until the deadline and a refused port looks like
    /// a 20 s hang. `fetch` does its own retrying, and says so.
    public static let sharedClient: HTTPClient = {
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: .seconds(10), read: .seconds(30)),
            decompression: .enabled(limit: .ratio(20))
        )
        configuration.connectionPool.retryConnectionEstablishment = false
        return HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }()

    private let client: HTTPClient
    private let policy: RetryPolicy
    private let requestTimeout: Duration
    private let logger: Logger
    private let sleep: @Sendable (Duration) async throws -> Void
    private let observe: @Sendable (WireResponse) -> Void
    /// Largest response body accepted.
    static let maxBodyBytes = 16 * 1024 * 1024

    /// - Parameter observe: sees every response that arrives, before it is judged
    ///   (`dialtone doctor` reads the provider's `Date` header there).
    public init(
        client: HTTPClient = HTTPTransport.sharedClient,
        policy: RetryPolicy = .standard,
        requestTimeout: Duration = .seconds(20),
        logger: Logger = DialtoneLog.logger("http"),
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) },
        observe: @escaping @Sendable (WireResponse) -> Void = { _ in }
    ) {
        self.client = client
        self.policy = policy
        self.requestTimeout = requestTimeout
        self.logger = logger
        self.sleep = sleep
        self.observe = observe
    }

    /// Sends a read-only request, retrying what is safe to retry. Returns the last response
    /// whatever its status; throws only when no response arrived at all. Before each wait the
    /// task's `RetryNotice.observer` hears what failed and when the next attempt comes.
    public func fetch(_ request: WireRequest, provider: ProviderKind) async throws -> WireResponse {
        var attempt = 1
        while true {
            let outcome: Result<WireResponse, TransportFailure>
            do {
                outcome = .success(try await perform(request))
            } catch {
                outcome = .failure(error)
            }
            guard attempt < policy.maxAttempts, let wait = retryDelay(for: outcome, attempt: attempt, provider: provider) else {
                return try outcome.mapError { $0.asDialtoneError(provider: provider, outcomeUnknown: false) }.get()
            }
            logger.debug("retrying", metadata: ["request": "\(request.logLine)", "attempt": "\(attempt)", "wait": "\(wait)"])
            RetryNotice.observer?(RetryNotice(
                reason: Self.retryReason(outcome, endpoint: request.endpoint), nextAttempt: attempt + 1,
                maxAttempts: policy.maxAttempts, wait: wait, error: Self.retryError(outcome, provider: provider)))
            do { try await sleep(wait) } catch { throw DialtoneError(.cancelled, provider: provider) }
            attempt += 1
        }
    }

    /// Sends a request exactly once. A request that may have reached the provider but got no
    /// answer throws `.outcomeUnknown`; one that certainly never left throws `.transport`.
    public func sendOnce(_ request: WireRequest, provider: ProviderKind) async throws -> WireResponse {
        do {
            return try await perform(request)
        } catch {
            throw error.asDialtoneError(provider: provider, outcomeUnknown: true)
        }
    }

    private func retryDelay(for outcome: Result<WireResponse, TransportFailure>, attempt: Int, provider: ProviderKind) -> Duration? {
        switch outcome {
        case .success(let response):
            if response.status == 429 {
                if let after = response.retryAfter, after > policy.maxRetryAfter { return nil }
                return policy.delay(afterAttempt: attempt, retryAfter: response.retryAfter, jitter: .random(in: 0...1))
            }
            guard [500, 502, 503, 504].contains(response.status) else { return nil }
        case .failure(let failure):
            guard !failure.isPermanent, failure.asDialtoneError(provider: provider, outcomeUnknown: false).isRetryable else { return nil }
        }
        return policy.delay(afterAttempt: attempt, retryAfter: nil, jitter: .random(in: 0...1))
    }

    /// What the failed attempt would be reported as, had no retry been left.
    private static func retryError(_ outcome: Result<WireResponse, TransportFailure>, provider: ProviderKind) -> DialtoneError {
        switch outcome {
        case .success(let response) where response.status == 429:
            DialtoneError(.rateLimited, provider: provider, httpStatus: 429, retryAfter: response.retryAfter)
        case .success(let response): DialtoneError(.server, provider: provider, httpStatus: response.status)
        case .failure(let failure): failure.asDialtoneError(provider: provider, outcomeUnknown: false)
        }
    }

    private static func retryReason(_ outcome: Result<WireResponse, TransportFailure>, endpoint: String) -> String {
        switch outcome {
        case .success(let response) where response.status == 429: "\(endpoint) is rate limiting (HTTP 429)"
        case .success(let response): "\(endpoint) answered HTTP \(response.status)"
        case .failure(let failure): failure.reason
        }
    }

    private func perform(_ request: WireRequest) async throws(TransportFailure) -> WireResponse {
        var httpRequest = HTTPClientRequest(url: request.url)
        httpRequest.method = HTTPMethod(rawValue: request.method.rawValue)
        for header in request.headers { httpRequest.headers.add(name: header.name, value: header.value) }
        if let body = request.body { httpRequest.body = .bytes(ByteBuffer(data: body)) }
        let started = ContinuousClock.now
        do {
            let response = try await client.execute(httpRequest, timeout: TimeAmount(requestTimeout))
            let body = try await response.body.collect(upTo: Self.maxBodyBytes)
            var headers: [String: String] = [:]
            for header in response.headers { headers[header.name.lowercased()] = header.value }
            logger.debug("answered", metadata: [
                "request": "\(request.logLine)", "status": "\(response.status.code)",
                "elapsed": "\(ContinuousClock.now - started)",
            ])
            let answer = WireResponse(status: Int(response.status.code), headers: headers, body: Data(buffer: body))
            observe(answer)
            return answer
        } catch {
            logger.debug("failed", metadata: ["request": "\(request.logLine)", "error": "\(Redactor.redact(String(describing: error)))"])
            throw TransportFailure(underlying: error, endpoint: request.endpoint, deadline: requestTimeout)
        }
    }
}

extension TimeAmount {
    init(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        self = .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}
