import Hummingbird

/// The injected faults around committing a purchase, shared by the Vobiz and Plivo buy routes:
/// a slow commit, a lost answer, a gateway's timeout after the sale is made.
enum CommitFaults {
    /// Waits out `purchase_latency_ms` before the purchase is committed.
    static func beforeCommit(_ state: SandboxState) async throws {
        let delay = state.faults.purchaseLatencyMilliseconds
        if delay > 0 { try await Task.sleep(for: .milliseconds(delay)) }
    }

    /// What the client gets for a committed purchase: `answer`, no answer at all, or a gateway's 504.
    static func afterCommit(_ answer: Response, state: SandboxState, context: SandboxRequestContext) async -> Response {
        switch state.faults.takeAfterCommit() {
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
