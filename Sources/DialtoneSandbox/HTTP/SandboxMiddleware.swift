import Hummingbird
import Logging

/// Applies injected faults to provider requests and writes every failure in the caller's
/// provider format, so no client ever sees a framework-shaped error or a bare 500.
struct SandboxMiddleware: RouterMiddleware {
    typealias Context = SandboxRequestContext

    let state: SandboxState
    let logger: Logger

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let provider = Provider(path: request.uri.path)
        if provider != .admin {
            let (latency, decision) = state.faults.nextRequest(request.uri.description)
            if latency > 0 { try await Task.sleep(for: .milliseconds(latency)) }
            switch decision {
            case .proceed:
                break
            case .serverError:
                return WireError(status: .internalServerError, message: "injected fault: internal server error")
                    .response(for: provider)
            case .rateLimited(let seconds):
                var error = WireError(status: .tooManyRequests, message: "rate limit exceeded; retry after \(seconds) s")
                error.headers[.retryAfter] = String(seconds)
                return error.response(for: provider)
            }
        }
        if let refusal = StrictPaths.refusal(request.uri.path, method: request.method, provider: provider) {
            return refusal.response(for: provider)
        }
        do {
            try await state.completeDueReleases()
            return try await next(request, context)
        } catch let error as WireError {
            return error.response(for: provider)
        } catch let error as HTTPError {
            let message = error.body ?? error.status.reasonPhrase.lowercased()
            return WireError(status: error.status, message: message).response(for: provider)
        } catch {
            logger.error("sandbox request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            return WireError(status: .internalServerError, message: "internal error").response(for: provider)
        }
    }
}
