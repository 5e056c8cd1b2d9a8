import DialtoneCore
import Foundation

/// The purchase flow of DESIGN §3: quote, confirm, journal, one POST, outcome, reconciliation.
///
/// Safety lives here, not in the screens: nothing is sent unless Buy is focused and armed (the
/// dialog opens on Cancel; above the profile's `confirm_above` the last four digits must be
/// typed); the intent is fsynced before the request; the phase turns to `.sending` before any
/// suspension, so repeated keys find the flow busy and send nothing more.
@MainActor
public final class PurchaseModel {
    /// The current snapshot; every change wakes the `ChangeSignal`.
    public private(set) var state = PurchaseState() {
        didSet { signal.notify() }
    }

    /// Called on the main actor once per finished purchase.
    public var onOutcome: (@MainActor (PurchaseOutcome) -> Void)?

    private let journal: PurchaseJournal
    private let clock: ModelClock
    private let signal: ChangeSignal
    private var session: ProfileSession?
    /// Changes with every dialog, so a late account lookup never fills the wrong quote.
    private var quoteToken = 0
    private var accountTask: Task<Void, Never>?
    private var flightTask: Task<Void, Never>?
    /// Intents of this run whose outcome is still unknown, by number: reopening one reconciles first.
    private var unresolved: [String: JournalEntry] = [:]

    public init(journal: PurchaseJournal, clock: ModelClock = .live, signal: ChangeSignal = ChangeSignal()) {
        self.journal = journal
        self.clock = clock
        self.signal = signal
    }

    // MARK: - Dialog

    /// Opens the dialog for `number` listed at `listedAt`. Returns `false` (and does nothing)
    /// while another purchase is in flight. A number whose earlier purchase has an unknown
    /// outcome is reconciled instead of quoted.
    @discardableResult
    public func begin(_ number: PhoneNumber, listedAt: Date?, session: ProfileSession) -> Bool {
        guard !state.isInFlight else { return false }
        quoteToken += 1
        accountTask?.cancel()
        self.session = session
        if let intent = unresolved[number.e164] {
            state = PurchaseState()
            state.quote = PurchaseQuote(number: number, session: session, listedAt: listedAt, now: clock.date())
            reconcile(intent, provider: session.provider)
            return true
        }
        var fresh = PurchaseState()
        fresh.phase = .confirming
        fresh.quote = PurchaseQuote(number: number, session: session, listedAt: listedAt, now: clock.date())
        fresh.requiredDigits = Self.requiresTypedDigits(number.chargedNow.amount, above: session.confirmAbove)
            ? String(number.digits.suffix(4)) : nil
        state = fresh
        lookUpAccount(session.provider, currency: number.chargedNow.currency, token: quoteToken)
        return true
    }

    /// `nil` threshold never asks, `0` always asks, otherwise asks when the charge is above it.
    static func requiresTypedDigits(_ charge: Decimal, above threshold: Decimal?) -> Bool {
        guard let threshold else { return false }
        return threshold <= 0 || charge > threshold
    }

    private func lookUpAccount(_ provider: any NumberProvider, currency: String, token: Int) {
        accountTask = Task { [weak self] in
            let account = try? await provider.account(currency: currency)
            self?.accountArrived(account, token: token)
        }
    }

    private func accountArrived(_ account: Account?, token: Int) {
        guard token == quoteToken, let quote = state.quote else { return }
        state.quote = quote.withAccount(account)
    }

    /// Adds a digit to the confirmation field (only while it is asked for).
    public func typeDigit(_ character: Character) {
        guard state.phase == .confirming, let required = state.requiredDigits,
              character.isASCIIDigit, state.typedDigits.count < required.count else { return }
        state.typedDigits.append(character)
    }

    /// Removes the last typed digit.
    public func deleteDigit() {
        guard state.phase == .confirming, !state.typedDigits.isEmpty else { return }
        state.typedDigits.removeLast()
    }

    /// Moves focus between Cancel and Buy.
    public func toggleFocus() {
        guard state.phase == .confirming else { return }
        state.focus = state.focus == .cancel ? .buy : .cancel
    }

    /// Presses the focused button (Enter): Cancel closes, an armed Buy sends, a result closes.
    /// Does nothing while a purchase is in flight.
    public func activate() {
        switch state.phase {
        case .confirming where state.focus == .cancel: dismiss()
        case .confirming: if state.isBuyArmed { send() }
        case .finished: dismiss()
        case .idle, .sending, .reconciling: break
        }
    }

    /// Closes the dialog (Esc) unless a purchase is in flight.
    public func dismiss() {
        guard !state.isInFlight else { return }
        quoteToken += 1
        accountTask?.cancel()
        state = PurchaseState()
    }

    // MARK: - Sending

    private func send() {
        guard let quote = state.quote, let session else { return }
        state.phase = .sending
        let intent = JournalEntry(
            intentToBuy: quote.number, profile: session.name, accountID: session.provider.accountID, time: clock.date())
        do {
            try journal.append(intent)
        } catch {
            return finish(.failed(.wrapping(error)), intent: nil)
        }
        let provider = session.provider
        flightTask = Task {
            let result: Result<PurchaseReceipt, DialtoneError>
            do {
                result = .success(try await provider.purchase(quote.number))
            } catch {
                result = .failure(.wrapping(error, provider: provider.kind))
            }
            self.received(result, intent: intent, provider: provider)
        }
    }

    /// Whether a purchase error means "no answer" rather than "refused".
    static func isUnanswered(_ error: DialtoneError) -> Bool {
        switch error.kind {
        case .outcomeUnknown, .timeout, .transport, .cancelled: true
        case .server: error.providerMessage?.isEmpty ?? true
        default: false
        }
    }

    private func received(_ result: Result<PurchaseReceipt, DialtoneError>, intent: JournalEntry, provider: any NumberProvider) {
        // Lines after the POST may fail to write; the intent then stays unresolved and the next
        // start reconciles it, which reaches the same answer.
        switch result {
        case .success(let receipt):
            try? journal.append(intent.followed(by: .done, at: clock.date(), message: receipt.message))
            finish(.bought(receipt, reconciled: false), intent: intent)
        case .failure(let error) where Self.isUnanswered(error):
            try? journal.append(intent.followed(by: .unknown, at: clock.date(), message: error.description))
            reconcile(intent, provider: provider)
        case .failure(let error):
            try? journal.append(intent.followed(by: .failed, at: clock.date(), message: error.providerMessage ?? error.headline))
            finish(.failed(error), intent: intent)
        }
    }

    private func reconcile(_ intent: JournalEntry, provider: any NumberProvider) {
        state.phase = .reconciling
        let (journal, clock) = (journal, clock)
        flightTask = Task {
            let outcome = await PurchaseReconciler.reconcile(intent, provider: provider, journal: journal, clock: clock)
            self.finish(outcome, intent: intent)
        }
    }

    private func finish(_ outcome: PurchaseOutcome, intent: JournalEntry?) {
        flightTask = nil
        if let intent {
            if case .unknown = outcome { unresolved[intent.e164] = intent } else { unresolved[intent.e164] = nil }
        }
        state.phase = .finished(outcome)
        onOutcome?(outcome)
    }

    // MARK: - Start-up

    /// Reconciles intents left unresolved by earlier runs; one message per intent.
    public func reconcileJournal(sessions: [ProfileSession]) async -> [AppMessageDraft] {
        await PurchaseReconciler.reconcileUnresolved(journal: journal, sessions: sessions, clock: clock)
    }

    /// Waits until the account lookup and any purchase in flight are done (tests and headless use).
    public func settle() async {
        await accountTask?.value
        while let task = flightTask {
            await task.value
            if flightTask == task { return }
        }
    }
}
