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

    /// The delay to apply and the fault, if any, for the next provider request (`target`: its
    /// path and query).
    func nextRequest(_ target: String) -> (latencyMilliseconds: Int, decision: Decision) {
        state.withLockedValue { faults in
            if !faults.failMatching.isEmpty, target.contains(faults.failMatching) {
                return (faults.latencyMilliseconds, .serverError)
            }
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

    /// What happens to the answer of a change just committed.
    enum AfterCommit: Equatable {
        case answer
        /// Close the connection without an answer (uses up one `dropAfterCommit`, or one
        /// `dropRoutingAfterCommit` for a routing change).
        case drop
        /// Answer 504 with a gateway's JSON body (uses up one `gatewayTimeoutAfterCommit`, or one
        /// `gatewayTimeoutRoutingAfterCommit`).
        case gatewayTimeout
    }

    /// The kinds of committed change whose answers are faulted separately.
    enum CommittedChange: Sendable {
        /// A purchase, a release or a cancelled release.
        case sale
        /// A number's routing: a trunk assigned or unassigned, a Plivo number updated.
        case routing
    }

    /// The delay before the next purchase is committed.
    var purchaseLatencyMilliseconds: Int { state.withLockedValue { $0.purchaseLatencyMilliseconds } }

    /// Whether the purchase about to be committed is refused as unaffordable (uses up one
    /// `insufficientBalanceOnPurchase`).
    func takeInsufficientBalance() -> Bool { take(\.insufficientBalanceOnPurchase) }

    /// Whether the Plivo purchase just committed is answered 206 without confirming its number
    /// (uses up one `partialAnswerPurchases`).
    func takePartialAnswer() -> Bool { take(\.partialAnswerPurchases) }

    /// Whether the Plivo purchase about to be committed is refused in its number's own entry
    /// (uses up one `failedNumberPurchases`).
    func takeFailedNumber() -> Bool { take(\.failedNumberPurchases) }

    /// Uses up one of the counted fault `counter`; `false` when none is left.
    private func take(_ counter: WritableKeyPath<SandboxFaults, Int>) -> Bool {
        state.withLockedValue { faults in
            guard faults[keyPath: counter] > 0 else { return false }
            faults[keyPath: counter] -= 1
            return true
        }
    }

    /// Decides, and uses up, what happens to the answer of the `change` just committed.
    func takeAfterCommit(_ change: CommittedChange = .sale) -> AfterCommit {
        let (drop, timeout): (WritableKeyPath<SandboxFaults, Int>, WritableKeyPath<SandboxFaults, Int>) = switch change {
        case .sale: (\.dropAfterCommit, \.gatewayTimeoutAfterCommit)
        case .routing: (\.dropRoutingAfterCommit, \.gatewayTimeoutRoutingAfterCommit)
        }
        if take(drop) { return .drop }
        return take(timeout) ? .gatewayTimeout : .answer
    }
}
