import NIOConcurrencyHelpers

/// The live fault settings, shared by every request; counted faults are used up one request at a time.
final class FaultInjector: Sendable {
    /// What to do with one provider request.
    enum Decision: Equatable {
        case proceed
        case serverError
        case rateLimited(retryAfterSeconds: Int)
    }

    private let state: NIOLockedValueBox<SandboxFaults>

    init(_ faults: SandboxFaults) { state = NIOLockedValueBox(faults) }

    /// The current settings, with counted faults as far as they are used up.
    var current: SandboxFaults { state.withLockedValue { $0 } }

    func replace(with faults: SandboxFaults) { state.withLockedValue { $0 = faults } }

    /// The delay to apply and the fault, if any, for the next provider request.
    func nextRequest() -> (latencyMilliseconds: Int, decision: Decision) {
        state.withLockedValue { faults in
            if faults.rateLimitBurst > 0 {
                faults.rateLimitBurst -= 1
                return (faults.latencyMilliseconds, .rateLimited(retryAfterSeconds: faults.retryAfterSeconds))
            }
            if faults.errorRate > 0, Double.random(in: 0..<1) < faults.errorRate {
                return (faults.latencyMilliseconds, .serverError)
            }
            return (faults.latencyMilliseconds, .proceed)
        }
    }

    /// Whether the purchase just committed should lose its answer (uses up one `dropAfterCommit`).
    func takeDropAfterCommit() -> Bool {
        state.withLockedValue { faults in
            guard faults.dropAfterCommit > 0 else { return false }
            faults.dropAfterCommit -= 1
            return true
        }
    }
}
