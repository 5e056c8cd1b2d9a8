import DialtoneCore
import Foundation

/// Releasing an owned number (or cancelling a release in its cooldown), with the purchase
/// protocol's safeguards (DESIGN §3): the dialog
/// opens on Cancel and always wants the last four digits typed after the arming delay; then the
/// core's `Broker` carries it out — earlier open intents settled, the owned entry read again,
/// the intent locked and fsynced before the one DELETE, never retried, and no answer
/// reconciled against the owned list (released = absent from a list that proves it).
@MainActor
public final class ReleaseModel {
    /// The current snapshot; every change wakes the `ChangeSignal`.
    public internal(set) var state = ReleaseState() {
        didSet { signal.notify() }
    }

    /// Called on the main actor once per finished release.
    public var onOutcome: (@MainActor (ReleaseOutcome) -> Void)?

    private let broker: Broker
    private let clock: ModelClock
    private let signal: ChangeSignal
    private let armingSteps: Int
    private var session: ProfileSession?
    /// Changes with every dialog, so a late arming tick never touches the wrong one.
    private var token = 0
    /// Counts the dialogs opened: keys typed before one must not answer it.
    public private(set) var confirmationsShown = 0
    private var armingTask: Task<Void, Never>?
    private var flightTask: Task<Void, Never>?

    /// `armingDelay` is zero only where no dialog is seen (the headless `release` asks on its own).
    public init(
        journal: PurchaseJournal, clock: ModelClock = .live, signal: ChangeSignal = ChangeSignal(),
        armingDelay: Duration = PurchaseModel.defaultArmingDelay
    ) {
        broker = Broker(journal: journal, now: clock.date)
        self.clock = clock
        self.signal = signal
        armingSteps = ArmingCountdown.steps(for: armingDelay)
    }

    /// Opens the dialog for `number`. Returns `false` (and does nothing) while a release is in
    /// flight, when the profile's provider documents no release, or when the number is already
    /// pending release.
    @discardableResult
    public func begin(_ number: OwnedNumber, session: ProfileSession) -> Bool {
        guard session.provider.features.canRelease, number.status != .pendingRelease else { return false }
        return open(.release, for: number, session: session)
    }

    /// Opens the dialog cancelling `number`'s pending release. Returns `false` (and does
    /// nothing) while a release is in flight, when the provider documents no cancellation, or
    /// when the number is not pending release.
    @discardableResult
    public func beginCancel(_ number: OwnedNumber, session: ProfileSession) -> Bool {
        guard session.provider.features.canCancelRelease, number.status == .pendingRelease else { return false }
        return open(.cancelRelease, for: number, session: session)
    }

    private func open(_ action: ReleaseAction, for number: OwnedNumber, session: ProfileSession) -> Bool {
        guard !state.isInFlight else { return false }
        self.session = session
        token += 1
        confirmationsShown += 1
        var fresh = ReleaseState()
        fresh.phase = .confirming
        fresh.action = action
        fresh.hasCooldown = session.provider.features.canCancelRelease
        fresh.number = number
        fresh.profile = session.name
        fresh.maskedAccountID = Redactor.maskIdentifier(session.provider.accountID)
        fresh.gate = ConfirmationGate(asks: String(E164.digits(number.e164).suffix(4)), armingTenths: armingSteps)
        state = fresh
        armingTask?.cancel()
        let current = token
        armingTask = ArmingCountdown.start(clock: clock, steps: armingSteps) { [weak self] left in
            guard let self, self.token == current, self.state.phase == .confirming else { return false }
            self.state.gate.armingTenths = left
            return true
        }
        return true
    }

    /// Adds a digit to the confirmation field.
    public func typeDigit(_ character: Character) {
        state.press(.digit(character))
    }

    /// Removes the last typed digit.
    public func deleteDigit() {
        state.press(.deleteDigit)
    }

    /// Moves focus between Cancel and the action's button.
    public func toggleFocus() {
        state.press(.toggleFocus)
    }

    /// Presses the focused button: Cancel closes, an armed Release sends, a result closes.
    public func activate() {
        switch state.phase {
        case .confirming where state.gate.focus == .cancel: dismiss()
        case .confirming: if state.isReleaseArmed { send() }
        case .finished: dismiss()
        case .idle, .sending, .reconciling: break
        }
    }

    /// Closes the dialog (Esc) unless a release is in flight.
    public func dismiss() {
        guard !state.isInFlight else { return }
        token += 1
        armingTask?.cancel()
        state = ReleaseState()
    }

    /// Waits until the arming delay has run out.
    public func settleArming() async {
        await armingTask?.value
    }

    /// Waits until a release in flight is done.
    public func settle() async {
        while let task = flightTask {
            await task.value
            if flightTask == task { return }
        }
    }

    /// Hands the confirmed number to the broker, which sends the single DELETE once every
    /// step before it holds.
    private func send() {
        guard let number = state.number, let session else { return }
        state.phase = .sending
        flightTask = Task {
            let step: @Sendable (Broker.Step) async -> Void = { [weak self] step in await self?.show(step) }
            let result = switch state.action {
            case .release: await broker.release(number, by: session, step: step)
            case .cancelRelease: await broker.cancelRelease(number, by: session, step: step)
            }
            switch result {
            case .ended(let outcome):
                finish(outcome)
            case .changed(_, let what):
                finish(.failed(DialtoneError(.validation, provider: session.provider.kind, detail: "\(what); nothing was sent")))
            }
        }
    }

    private func show(_ step: Broker.Step) {
        state.phase = step == .reconciling ? .reconciling : .sending
    }

    private func finish(_ outcome: ReleaseOutcome) {
        flightTask = nil
        state.phase = .finished(outcome)
        onOutcome?(outcome)
    }
}
