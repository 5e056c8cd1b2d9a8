import DialtoneCore
import Foundation

/// Buys several numbers on one confirmation (DESIGN §3, for batches).
///
/// The combined quote lists each number with totals per currency; a batch that would pass a
/// spend limit is refused before anything is sent. Confirming means typing the count of
/// numbers once Buy has armed. Then each number is its own purchase by the core's `Broker` —
/// earlier open intents settled, every term re-read, intent journalled under the lock with the
/// limit check, one POST never retried — one after
/// another, never in parallel. A refusal pauses the rest until the user goes on or stops; an
/// answer that leaves the outcome unknown is reconciled and stops the batch.
@MainActor
public final class BatchPurchaseModel {
    /// The current snapshot; every change wakes the `ChangeSignal`.
    public internal(set) var state = BatchPurchaseState() {
        didSet { signal.notify() }
    }

    /// Called on the main actor once per number that was tried.
    public var onOutcome: (@MainActor (PurchaseOutcome) -> Void)?

    private let journal: PurchaseJournal
    private let broker: Broker
    private let clock: ModelClock
    private let signal: ChangeSignal
    private let armingSteps: Int
    private var sessions: [ProfileSession] = []
    /// Changes with every dialog and pause, so a late lookup or arming tick never touches another.
    private var token = 0
    /// Counts the confirmations shown (the quote, each Go on after a refusal): keys typed before
    /// one must not answer it.
    public private(set) var confirmationsShown = 0
    private var accountTask: Task<Void, Never>?
    private var routeTask: Task<Void, Never>?
    private var armingTask: Task<Void, Never>?
    private var flightTask: Task<Void, Never>?

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

    /// Opens the combined quote for `numbers`, each bought by the session beside it. Returns
    /// `false` (and does nothing) while a batch is in flight or without numbers.
    @discardableResult
    public func begin(_ numbers: [(PhoneNumber, ProfileSession)]) -> Bool {
        guard !state.isInFlight, !numbers.isEmpty else { return false }
        sessions = numbers.map(\.1)
        var fresh = BatchPurchaseState()
        fresh.items = numbers.map { BatchPurchaseState.Item(number: $0.0, profile: $0.1.name) }
        var quote = BatchQuote(items: fresh.items, sessions: sessions)
        withSpend(&quote)
        fresh.quote = quote
        fresh.phase = .confirming
        // One account buys them all: they can route to one of its trunks or applications.
        let single = Set(sessions.map(\.name)).count == 1 ? sessions.first : nil
        fresh.route = RouteChoice(kind: single?.provider.features.assignableRoute)
        state = fresh
        arm()
        lookUpAccounts(token: token)
        if let single, fresh.route.kind != nil { lookUpRoutes(single.provider, token: token) }
        return true
    }

    /// Reads the account's trunks or applications for the "Route to" choice.
    private func lookUpRoutes(_ provider: any NumberProvider, token looked: Int) {
        routeTask = Task { [weak self] in
            let result = await RoutedPurchase.targets(of: provider)
            guard let self, looked == self.token else { return }
            self.state.route.receive(result)
        }
    }

    /// Chooses the "Route to" target `text` names for every number (headless `buy --trunk`).
    public func chooseRoute(_ text: String) throws {
        guard state.phase == .confirming, let session = sessions.first else { return }
        try state.route.choose(text, provider: session.provider.kind)
    }

    /// `r` in the dialog: the next "Route to" choice; a new confirmation (focus on Cancel, the
    /// count typed again, the arming delay again, keys typed before it dropped).
    public func cycleRoute() {
        guard state.phase == .confirming, !state.route.options.isEmpty else { return }
        state.route.cycle()
        arm()
    }

    /// Adds a digit to the count typed to confirm.
    public func typeDigit(_ character: Character) {
        state.press(.digit(character))
    }

    /// Removes the last typed digit.
    public func deleteDigit() {
        state.press(.deleteDigit)
    }

    /// Moves focus between Cancel and Buy (Stop and Go on when paused).
    public func toggleFocus() {
        state.press(.toggleFocus)
    }

    /// Presses the focused button (Enter): Cancel or Stop ends, an armed Buy starts sending, an
    /// armed Go on sends the rest, a result closes.
    public func activate() {
        switch state.phase {
        case .confirming where state.gate.focus == .cancel: dismiss()
        case .confirming: if state.isBuyArmed { sendFrom(0) }
        case .paused where state.gate.focus == .cancel: stop(reason: "stopped after a refusal; the rest were not sent")
        case .paused(let index): if state.isGoOnArmed { sendFrom(index + 1) }
        case .finished: dismiss()
        case .idle, .sending: break
        }
    }

    /// Closes the dialog (Esc); while paused it stops the batch first. Nothing while sending.
    public func dismiss() {
        if case .paused = state.phase {
            return stop(reason: "stopped after a refusal; the rest were not sent")
        }
        guard !state.isInFlight else { return }
        token += 1
        accountTask?.cancel()
        routeTask?.cancel()
        armingTask?.cancel()
        state = BatchPurchaseState()
    }

    // MARK: - Sending

    private func sendFrom(_ start: Int) {
        var quote = state.quote
        if start == 0, var fresh = quote {
            withSpend(&fresh)  // the journal may have changed while the dialog was up
            quote = fresh
            state.quote = fresh
            guard fresh.limitRefusal == nil else { return }
        }
        token += 1
        armingTask?.cancel()
        state.phase = .sending(start)
        flightTask = Task {
            for index in start..<state.items.count {
                state.phase = .sending(index)
                let routed = RoutedPurchase(session: sessions[index], target: state.route.selected)
                let outcome = await buy(state.items[index].number, session: routed.buyer)
                state.items[index].outcome = outcome
                state.items[index].routing = await routed.route(after: outcome, of: state.items[index].number, broker: broker)
                onOutcome?(outcome)
                switch outcome {
                case .bought(_, reconciled: false): continue
                case .failed:
                    if index + 1 < state.items.count { return pause(at: index) }
                case .bought, .notBought, .unknown:
                    return stop(reason: "stopped: a purchase got no clear answer; it was checked against the owned list first")
                }
            }
            flightTask = nil
            state.phase = .finished
        }
    }

    /// One number, carried out by the broker. A changed term is a refusal here: the new terms
    /// were never confirmed.
    private func buy(_ number: PhoneNumber, session: ProfileSession) async -> PurchaseOutcome {
        switch await broker.buy(number, by: session) {
        case .ended(let outcome):
            return outcome
        case .changed(_, let what):
            return .failed(DialtoneError(.validation, provider: session.provider.kind, detail: "\(what); nothing was sent"))
        }
    }

    private func pause(at index: Int) {
        flightTask = nil
        state.phase = .paused(index)
        arm()
    }

    private func stop(reason: String) {
        flightTask = nil
        token += 1
        armingTask?.cancel()
        state.stopReason = reason
        state.phase = .finished
    }

    // MARK: - Quote

    /// The dialog must have been seen for the arming delay before Buy or Go on counts.
    private func arm() {
        token += 1
        confirmationsShown += 1
        armingTask?.cancel()
        state.gate = ConfirmationGate(asks: state.phase == .confirming ? String(state.items.count) : "", armingTenths: armingSteps)
        let armed = token
        armingTask = ArmingCountdown.start(clock: clock, steps: armingSteps) { [weak self] left in
            guard let self, self.token == armed else { return false }
            self.state.gate.armingTenths = left
            return true
        }
    }

    /// Spend standings and the refusal of each profile's limits, for the batch's total per currency.
    private func withSpend(_ quote: inout BatchQuote) {
        quote.spend = []
        quote.limitRefusal = nil
        let limited = sessions.indices.filter { !sessions[$0].spendLimits.isEmpty }
        guard !limited.isEmpty else { return }
        let contents: JournalContents
        do { contents = try journal.read() } catch {
            quote.limitRefusal = "the journal cannot be read, so the spend limits cannot be checked"
            return
        }
        var seen = Set<String>()
        for index in limited where seen.insert(sessions[index].name).inserted {
            let session = sessions[index]
            let mine = state.items.indices.filter { sessions[$0].name == session.name }.map { state.items[$0].number }
            for currency in Set(mine.map { $0.currency.uppercased() }).sorted() {
                let charges = mine.filter { $0.currency.uppercased() == currency }.map(\.chargedNow)
                let charge: Decimal? = charges.contains(nil) ? nil : charges.reduce(Decimal(0)) { $0 + $1!.amount }
                quote.spend += session.spendLimits.standings(currency: currency, in: contents, now: clock.date(), matching: session.made)
                if quote.limitRefusal == nil, let refusal = session.spendLimits.refusal(
                    charge: charge, currency: currency, in: contents, now: clock.date(), matching: session.made) {
                    quote.limitRefusal = "\(session.name): \(refusal.replacingOccurrences(of: "this purchase", with: "these \(charges.count)"))"
                }
            }
        }
    }

    private func lookUpAccounts(token looked: Int) {
        var wanted: [(ProfileSession, String)] = []
        for (index, item) in state.items.enumerated() where !wanted.contains(where: {
            $0.0.name == sessions[index].name && $0.1 == item.number.currency.uppercased()
        }) {
            wanted.append((sessions[index], item.number.currency.uppercased()))
        }
        accountTask = Task { [weak self] in
            var balances: [BatchQuote.Balance] = []
            for (session, currency) in wanted {
                guard let account = try? await session.provider.account(currency: currency), account.balanceIsBilled,
                      let before = account.balance else { continue }
                balances.append(BatchQuote.Balance(profile: session.name, before: before, after: nil))
            }
            self?.accountsArrived(balances, token: looked)
        }
    }

    private func accountsArrived(_ balances: [BatchQuote.Balance], token looked: Int) {
        guard looked == token, var quote = state.quote else { return }
        quote.isCheckingAccounts = false
        quote.balances = balances.map { balance in
            var balance = balance
            let charges = state.items.indices
                .filter { sessions[$0].name == balance.profile && state.items[$0].number.currency.uppercased() == balance.before.currency }
                .map { state.items[$0].number.chargedNow }
            if !charges.contains(nil) {
                balance.after = Money(charges.reduce(balance.before.amount) { $0 - $1!.amount }, balance.before.currency)
            }
            return balance
        }
        state.quote = quote
    }

    // MARK: - Tests and headless use

    /// Waits until the arming delay has run out.
    public func settleArming() async {
        await armingTask?.value
    }

    /// Waits until the account lookups and any sending in flight are done.
    public func settle() async {
        await accountTask?.value
        await routeTask?.value
        await flightTask?.value
    }
}
