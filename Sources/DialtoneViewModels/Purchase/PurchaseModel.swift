import DialtoneCore
import Foundation

/// The purchase flow of DESIGN §3: quote, confirm, re-check, journal, one POST, outcome,
/// reconciliation.
///
/// Safety lives here, not in the screens: nothing is sent unless Buy is focused and armed (the
/// dialog opens on Cancel; Buy arms only after the dialog has been up for the arming delay; above
/// the profile's `confirm_above`, or when the charge is unknown, the last four digits must be
/// typed); the listing is read again before the POST and a changed price asks again; the
/// intent is locked and fsynced before the request; the phase turns busy before any
/// suspension, so repeated keys find the flow in flight and send nothing more.
@MainActor
public final class PurchaseModel {
    /// How long the dialog must have been on screen before Buy can be pressed (about what
    /// browsers wait on security prompts): keys typed ahead, repeated or pasted cannot reach it.
    public static let defaultArmingDelay: Duration = .milliseconds(700)

    /// The current snapshot; every change wakes the `ChangeSignal`.
    public internal(set) var state = PurchaseState() {
        didSet { signal.notify() }
    }

    /// Called on the main actor once per finished purchase.
    public var onOutcome: (@MainActor (PurchaseOutcome) -> Void)?

    let journal: PurchaseJournal
    /// Carries out every purchase this dialog confirms.
    let broker: Broker
    let clock: ModelClock
    private let signal: ChangeSignal
    /// The arming delay in tenths of a second.
    private let armingSteps: Int
    var session: ProfileSession?
    /// Changes with every dialog, so a late account lookup or arming tick never touches the wrong quote.
    var quoteToken = 0
    /// Counts the dialogs opened and the quotes shown again: keys typed before one must not answer it.
    public private(set) var confirmationsShown = 0
    private var accountTask: Task<Void, Never>?
    private var armingTask: Task<Void, Never>?
    private var routeTask: Task<Void, Never>?
    var flightTask: Task<Void, Never>?

    /// `armingDelay` is zero only where no dialog is seen (the headless `buy` asks on its own).
    public init(
        journal: PurchaseJournal, clock: ModelClock = .live, signal: ChangeSignal = ChangeSignal(),
        armingDelay: Duration = PurchaseModel.defaultArmingDelay
    ) {
        self.journal = journal
        broker = Broker(journal: journal, now: clock.date)
        self.clock = clock
        self.signal = signal
        armingSteps = ArmingCountdown.steps(for: armingDelay)
    }

    // MARK: - Dialog

    /// Opens the dialog for `number` listed at `listedAt`. Returns `false` (and does nothing)
    /// while another purchase is in flight. A number whose earlier purchase or release by the
    /// same account (a batch, another terminal, an earlier run) is still open is settled
    /// against that account's owned list instead of quoted.
    @discardableResult
    public func begin(_ number: PhoneNumber, listedAt: Date?, session: ProfileSession) -> Bool {
        guard !state.isInFlight else { return false }
        self.session = session
        guard broker.hasOpenIntent(session.identity(of: number.e164)) else {
            showQuote(for: number, listedAt: listedAt, session: session, notice: nil)
            return true
        }
        quoteToken += 1
        confirmationsShown += 1
        accountTask?.cancel()
        state = PurchaseState()
        state.quote = PurchaseQuote(number: number, session: session, listedAt: listedAt, now: clock.date())
        settleEarlier(of: number, listedAt: listedAt, session: session)
        return true
    }

    /// A fresh confirming dialog for `number`: focus on Cancel, digits empty, arming restarted.
    func showQuote(for number: PhoneNumber, listedAt: Date?, session: ProfileSession, notice: String?) {
        quoteToken += 1
        confirmationsShown += 1
        accountTask?.cancel()
        var fresh = PurchaseState()
        fresh.phase = .confirming
        fresh.quote = withSpend(PurchaseQuote(number: number, session: session, listedAt: listedAt, now: clock.date()), session: session)
        fresh.gate = ConfirmationGate(
            asks: Self.requiresTypedDigits(number.chargedNow?.amount, above: session.confirmAbove) ? String(number.digits.suffix(4)) : "",
            armingTenths: armingSteps)
        fresh.notice = notice
        fresh.route = state.route.kind == session.provider.features.assignableRoute && state.route.kind != nil
            ? state.route : RouteChoice(kind: session.provider.features.assignableRoute)
        state = fresh
        startArming(token: quoteToken)
        lookUpAccount(session.provider, currency: number.currency, token: quoteToken)
        if fresh.route.kind != nil, fresh.route.options.isEmpty { lookUpRoutes(session.provider, token: quoteToken) }
    }

    /// Reads the account's trunks or applications for the "Route to" choice.
    private func lookUpRoutes(_ provider: any NumberProvider, token: Int) {
        routeTask = Task { [weak self] in
            let result = await RoutedPurchase.targets(of: provider)
            guard let self, token == self.quoteToken else { return }
            self.state.route.receive(result)
        }
    }

    /// Chooses the "Route to" target `text` names (headless `buy --trunk`); the quote is
    /// confirmed after it.
    public func chooseRoute(_ text: String) throws {
        guard state.phase == .confirming, let session else { return }
        try state.route.choose(text, provider: session.provider.kind)
    }

    /// `r` in the dialog: the next "Route to" choice. What Buy does changed, so the dialog is
    /// a new confirmation: focus back on Cancel, digits cleared, the arming delay again, keys
    /// typed before it dropped.
    public func cycleRoute() {
        guard state.phase == .confirming, !state.route.options.isEmpty else { return }
        state.route.cycle()
        confirmationsShown += 1
        state.gate = ConfirmationGate(asks: state.gate.asks, armingTenths: armingSteps)
        startArming(token: quoteToken)
    }

    /// An unknown charge always asks; otherwise `nil` never asks, `0` always asks, else above it.
    static func requiresTypedDigits(_ charge: Decimal?, above threshold: Decimal?) -> Bool {
        guard let charge else { return true }
        guard let threshold else { return false }
        return threshold <= 0 || charge > threshold
    }

    /// Counts the arming delay down in tenths of a second, from the moment the dialog opened.
    private func startArming(token: Int) {
        armingTask?.cancel()
        armingTask = ArmingCountdown.start(clock: clock, steps: armingSteps) { [weak self] left in
            guard let self, self.quoteToken == token, self.state.phase == .confirming else { return false }
            self.state.gate.armingTenths = left
            return true
        }
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
        state.press(.digit(character))
    }

    /// Removes the last typed digit.
    public func deleteDigit() {
        state.press(.deleteDigit)
    }

    /// Moves focus between Cancel and Buy.
    public func toggleFocus() {
        state.press(.toggleFocus)
    }

    /// Presses the focused button (Enter): Cancel closes, an armed Buy re-checks the listing and
    /// sends, a result closes. Does nothing while Buy is not armed or a purchase is in flight.
    public func activate() {
        switch state.phase {
        case .confirming where state.gate.focus == .cancel: dismiss()
        case .confirming: if state.isBuyArmed { recheckThenSend() }
        case .finished: dismiss()
        case .idle, .checking, .sending, .reconciling, .routing: break
        }
    }

    /// Closes the dialog (Esc) unless a purchase is in flight.
    public func dismiss() {
        guard !state.isInFlight else { return }
        quoteToken += 1
        accountTask?.cancel()
        armingTask?.cancel()
        routeTask?.cancel()
        state = PurchaseState()
    }

    // MARK: - Start-up

    /// Settles intents left open by earlier runs; one message per intent.
    public func reconcileJournal(sessions: [ProfileSession]) async -> [AppMessageDraft] {
        SettlementMessages.drafts(for: await broker.settleUnresolved(sessions: sessions))
    }

    /// Waits until the arming delay has run out (tests drive the clock; headless use waits).
    public func settleArming() async {
        await armingTask?.value
    }

    /// Waits until the account lookup and any purchase in flight are done (tests and headless use).
    public func settle() async {
        await accountTask?.value
        await routeTask?.value
        while let task = flightTask {
            await task.value
            if flightTask == task { return }
        }
    }
}
