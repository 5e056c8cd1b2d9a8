import DialtoneCore
import Foundation

/// Releasing an owned number, with the purchase protocol's safeguards (DESIGN §3): the dialog
/// opens on Cancel and always wants the last four digits typed after the arming delay; the
/// intent is locked and fsynced in the purchase journal before the one DELETE, which is never
/// retried; no answer is reconciled against the owned list (released = absent from a complete
/// list).
@MainActor
public final class ReleaseModel {
    /// The current snapshot; every change wakes the `ChangeSignal`.
    public internal(set) var state = ReleaseState() {
        didSet { signal.notify() }
    }

    /// Called on the main actor once per finished release.
    public var onOutcome: (@MainActor (ReleaseOutcome) -> Void)?

    private let journal: PurchaseJournal
    private let clock: ModelClock
    private let signal: ChangeSignal
    private let armingSteps: Int
    private var session: ProfileSession?
    /// Changes with every dialog, so a late arming tick never touches the wrong one.
    private var token = 0
    private var armingTask: Task<Void, Never>?
    private var flightTask: Task<Void, Never>?

    /// `armingDelay` is zero only where no dialog is seen (the headless `release` asks on its own).
    public init(
        journal: PurchaseJournal, clock: ModelClock = .live, signal: ChangeSignal = ChangeSignal(),
        armingDelay: Duration = PurchaseModel.defaultArmingDelay
    ) {
        self.journal = journal
        self.clock = clock
        self.signal = signal
        armingSteps = ArmingCountdown.steps(for: armingDelay)
    }

    /// Opens the dialog for `number`. Returns `false` (and does nothing) while a release is in
    /// flight or when the profile's provider documents no release.
    @discardableResult
    public func begin(_ number: OwnedNumber, session: ProfileSession) -> Bool {
        guard !state.isInFlight, session.provider.features.canRelease else { return false }
        self.session = session
        token += 1
        var fresh = ReleaseState()
        fresh.phase = .confirming
        fresh.number = number
        fresh.profile = session.name
        fresh.maskedAccountID = Redactor.maskIdentifier(session.provider.accountID)
        fresh.requiredDigits = String(E164.digits(number.e164).suffix(4))
        fresh.armingTenths = armingSteps
        state = fresh
        armingTask?.cancel()
        let current = token
        armingTask = ArmingCountdown.start(clock: clock, steps: armingSteps) { [weak self] left in
            guard let self, self.token == current, self.state.phase == .confirming else { return false }
            self.state.armingTenths = left
            return true
        }
        return true
    }

    /// Adds a digit to the confirmation field.
    public func typeDigit(_ character: Character) {
        guard state.phase == .confirming else { return }
        ConfirmationDigits.type(character, into: &state.typedDigits, required: state.requiredDigits)
    }

    /// Removes the last typed digit.
    public func deleteDigit() {
        guard state.phase == .confirming, !state.typedDigits.isEmpty else { return }
        state.typedDigits.removeLast()
    }

    /// Moves focus between Cancel and Release.
    public func toggleFocus() {
        guard state.phase == .confirming else { return }
        state.focus = state.focus.other
    }

    /// Presses the focused button: Cancel closes, an armed Release sends, a result closes.
    public func activate() {
        switch state.phase {
        case .confirming where state.focus == .cancel: dismiss()
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

    /// Locks and journals the intent, then sends the single DELETE.
    private func send() {
        guard let number = state.number, let session else { return }
        state.phase = .sending
        let provider = session.provider
        let intent = JournalEntry(
            intentToRelease: number, profile: session.name, accountID: provider.accountID, endpoint: session.endpoint, time: clock.date())
        let lock: IntentLock
        do {
            lock = try journal.openIntent(intent)
        } catch {
            return finish(.failed(.wrapping(error)))
        }
        flightTask = Task {
            let result: Result<ReleaseReceipt, DialtoneError>
            do {
                result = .success(try await provider.release(number))
            } catch {
                result = .failure(.wrapping(error, provider: provider.kind))
            }
            await self.received(result, intent: intent, provider: provider, lock: lock)
        }
    }

    private func received(
        _ result: Result<ReleaseReceipt, DialtoneError>, intent: JournalEntry, provider: any NumberProvider, lock: IntentLock
    ) async {
        defer { lock.release() }
        switch result {
        case .success(let receipt):
            try? journal.append(intent.released(at: clock.date(), receipt: receipt))
            finish(.released(receipt, reconciled: false))
        case .failure(let error) where PurchaseModel.isDefiniteRefusal(error):
            try? journal.append(intent.followed(by: .failed, at: clock.date(), message: error.providerMessage ?? error.headline))
            finish(.failed(error))
        case .failure(let error):
            try? journal.append(intent.followed(by: .unknown, at: clock.date(), message: error.description))
            state.phase = .reconciling
            finish(await PurchaseReconciler.reconcileRelease(intent, provider: provider, journal: journal, clock: clock))
        }
    }

    private func finish(_ outcome: ReleaseOutcome) {
        flightTask = nil
        state.phase = .finished(outcome)
        onOutcome?(outcome)
    }
}
