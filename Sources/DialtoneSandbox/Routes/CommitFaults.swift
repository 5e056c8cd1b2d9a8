import Hummingbird

/// The injected faults around committing a change, shared by the routes that buy, release and
/// route numbers: a slow commit, a client gone before it, a lost answer, a gateway's timeout
/// after the change is made.
enum CommitFaults {
    /// Waits out `purchase_latency_ms` before the purchase is committed; then, under
    /// `abort_if_client_gone`, throws when the client's connection has closed meanwhile, so
    /// nothing is committed.
    static func beforeCommit(_ state: SandboxState, context: SandboxRequestContext) async throws {
        let delay = state.faults.purchaseLatencyMilliseconds
        if delay > 0 { try await Task.sleep(for: .milliseconds(delay)) }
        if state.faults.current.abortIfClientGone, await context.clientHasGone() {
            throw WireError(status: .serviceUnavailable, message: "the client went away before the change was committed; nothing was changed")
        }
    }

    /// What the client gets for a committed `change`: `answer`, no answer at all, or a gateway's 504.
    static func afterCommit(
        _ answer: Response, of change: FaultInjector.CommittedChange = .sale, state: SandboxState, context: SandboxRequestContext
    ) async -> Response {
        switch state.faults.takeAfterCommit(change) {
        case .answer:
            return answer
        case .drop:
            await context.dropConnection()
            return answer
        case .gatewayTimeout:
            return .json(.object([("message", .string("Endpoint request timed out"))]), status: .gatewayTimeout)
        }
    }
}
