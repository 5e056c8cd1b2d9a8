import DialtoneCore
import Foundation

/// Releases, routes or detaches several owned numbers on one confirmation (DESIGN §3, for
/// batches).
///
/// The confirmation lists every number with what stops or changes; it opens on Cancel, arms
/// after the delay, and wants the count of numbers typed. Then each number is its own request
/// carried out by the core's `Broker` — earlier open intents settled, the owned entry read
/// again, the intent journalled under the lock, one request never retried — one after another.
/// A number whose terms changed, or that the provider refuses, is reported and the next one
/// goes on; an answer that was not clear stops the rest, which are reported not sent.
@MainActor
public final class OwnedChangeModel {
    /// The current snapshot; every change wakes the `ChangeSignal`.
    public internal(set) var state = OwnedChangeState() {
        didSet { signal.notify() }
    }

    /// Called on the main actor once per number that was tried.
    public var onOutcome: (@MainActor (OwnedChangeState.Item) -> Void)?
    /// Called on the main actor once the change has ended (every number tried, or stopped).
    public var onFinished: (@MainActor ([OwnedChangeState.Item]) -> Void)?

    private let broker: Broker
    private let clock: ModelClock
    private let signal: ChangeSignal
    private let armingSteps: Int
    private var sessions: [ProfileSession] = []
    /// Each profile's trunks or applications, so the journal names the routing it replaces.
    private var known: [String: [RouteTarget]] = [:]
    /// Changes with every dialog, so a late arming tick never touches another.
    private var token = 0
    /// Counts the confirmations shown: keys typed before one must not answer it.
    public private(set) var confirmationsShown = 0
    private var armingTask: Task<Void, Never>?
    private var flightTask: Task<Void, Never>?

    public init(
        journal: PurchaseJournal, clock: ModelClock = .live, signal: ChangeSignal = ChangeSignal(),
        armingDelay: Duration = PurchaseModel.defaultArmingDelay
    ) {
        broker = Broker(journal: journal, now: clock.date)
        self.clock = clock
        self.signal = signal
        armingSteps = ArmingCountdown.steps(for: armingDelay)
    }

    /// Opens one confirmation of `action` for `numbers`, each changed by the session beside it;
    /// `routing` names where a number routes now. Returns `false` (and does nothing) while a
    /// change is in flight or without numbers.
    @discardableResult
    public func begin(
        _ action: OwnedChangeAction, for numbers: [(row: OwnedRow, session: ProfileSession)], known: [String: [RouteTarget]] = [:],
        routing: (OwnedRow) -> String
    ) -> Bool {
        guard !state.isInFlight, !numbers.isEmpty else { return false }
        sessions = numbers.map(\.session)
        self.known = known
        var fresh = OwnedChangeState()
        fresh.action = action
        fresh.items = numbers.map { row, session in
            OwnedChangeState.Item(
                number: row.number, profile: session.name, routing: routing(row),
                hasCooldown: session.provider.features.canCancelRelease)
        }
        var seen = Set<String>()
        fresh.accounts = sessions.filter { seen.insert($0.name).inserted }.map {
            "\($0.name) (\(Redactor.maskIdentifier($0.provider.accountID)))"
        }
        fresh.phase = .confirming
        token += 1
        confirmationsShown += 1
        // One number asks its last four digits, as every single-number dialog does; several, their count.
        let asks = numbers.count == 1 ? String(E164.digits(numbers[0].row.number.e164).suffix(4)) : String(numbers.count)
        fresh.gate = ConfirmationGate(asks: asks, armingTenths: armingSteps)
        state = fresh
        armingTask?.cancel()
        let armed = token
        armingTask = ArmingCountdown.start(clock: clock, steps: armingSteps) { [weak self] left in
            guard let self, self.token == armed, self.state.phase == .confirming else { return false }
            self.state.gate.armingTenths = left
            return true
        }
        return true
    }

    /// A digit of the count, deleting one, or moving focus between Cancel and the confirming
    /// button: only while the dialog asks.
    func press(_ key: GateKey) {
        state.press(key)
    }

    /// Presses the focused button: Cancel closes, an armed Release (Route, Detach) sends, a
    /// result closes.
    public func activate() {
        switch state.phase {
        case .confirming where state.gate.focus == .cancel: dismiss()
        case .confirming: if state.isArmed { send() }
        case .finished: dismiss()
        case .idle, .sending: break
        }
    }

    /// Closes the dialog (Esc) unless a number is in flight.
    public func dismiss() {
        guard !state.isInFlight else { return }
        token += 1
        armingTask?.cancel()
        state = OwnedChangeState()
    }

    // MARK: - Sending

    private func send() {
        token += 1
        armingTask?.cancel()
        state.phase = .sending(0)
        flightTask = Task {
            for index in state.items.indices {
                state.phase = .sending(index)
                let outcome = await carryOut(state.items[index].number, session: sessions[index])
                state.items[index].outcome = outcome
                onOutcome?(state.items[index])
                if outcome.wasUnclear, index + 1 < state.items.count {
                    state.stopReason = "stopped: a request got no clear answer; the rest were not sent"
                    break
                }
            }
            flightTask = nil
            state.phase = .finished
            onFinished?(state.items)
        }
    }

    /// One number, carried out by the broker. A changed term is reported for it alone: its new
    /// terms were never confirmed.
    private func carryOut(_ number: OwnedNumber, session: ProfileSession) async -> OwnedChangeOutcome {
        switch state.action {
        case .release:
            switch await broker.release(number, by: session) {
            case .ended(let outcome): return .release(outcome)
            case .changed(_, let what): return .changed(what)
            }
        case .assign(let target):
            return Self.outcome(await broker.assign(number, to: target, by: session, known: known[session.name] ?? []))
        case .detach:
            return Self.outcome(await broker.assign(number, to: nil, by: session, known: known[session.name] ?? []))
        }
    }

    private static func outcome(_ result: Broker.AssignResult) -> OwnedChangeOutcome {
        switch result {
        case .ended(let outcome): .assign(outcome)
        case .changed(_, let what): .changed(what)
        }
    }

    // MARK: - Tests

    /// Waits until the arming delay has run out.
    public func settleArming() async {
        await armingTask?.value
    }

    /// Waits until a change in flight is done.
    public func settle() async {
        while let task = flightTask {
            await task.value
            if flightTask == task { return }
        }
    }
}

extension OwnedChangeModel: ConfirmationDialog {
    var isClosed: Bool { state.phase == .idle }
}
