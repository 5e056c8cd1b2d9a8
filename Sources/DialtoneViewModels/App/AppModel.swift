import DialtoneCore
import Foundation

/// The whole program's state and behaviour, driven by intents, observed as snapshots.
///
/// API overview for the front end:
/// - Build one `AppModel(sessions:journal:)` from the configured `ProfileSession`s and call `start()`
///   (first inventory page, owned numbers of every profile, reconciliation of unresolved journal intents).
/// - Translate keys into `AppIntent` and call `send(_:)`. It returns an `AppEffect` when the
///   terminal must act (copy to the clipboard, quit). While `snapshot.acceptsText` is true, send
///   printable keys as `.typeCharacter`; text never reaches commands such as `.buy`.
/// - Draw from `snapshot` (`AppSnapshot`: screen, overlays, profiles, messages, prompt, picker,
///   and the `InventoryState`, `OwnedState`, `PurchaseState` of the three models).
/// - Await `changes()` together with keyboard input: it yields after every state change,
///   coalescing bursts, so the loop sleeps when nothing happens.
///
/// Every model is `@MainActor`: the TUI runs its loop on the main actor and reads snapshots
/// synchronously; provider calls run off the actor and report back to it.
@MainActor
public final class AppModel {
    public let inventory: InventoryModel
    public let owned: OwnedModel
    public let purchase: PurchaseModel
    /// Several marked numbers bought on one confirmation.
    public let batch: BatchPurchaseModel
    public let release: ReleaseModel
    /// Several marked owned numbers released (or routed, or detached) on one confirmation.
    public let ownedChange: OwnedChangeModel
    public let history: HistoryModel
    /// Monthly cost of the owned numbers and the journal's last 12 months (`4`).
    public let costs: CostsModel
    /// The inventory's country and search sent to every profile that can search (`a`).
    public let allProviders: AllProvidersModel
    /// The configured profiles, in cycling order.
    public let sessions: [ProfileSession]
    /// What the screens show of `sessions`, computed once.
    private let profiles: [ProfileSummary]

    /// Screen-level state: what is shown and open, messages.
    struct Shell {
        var screen = Screen.inventory
        var overlays: [Overlay] = []
        var activeProfileIndex = 0
        var messages: [AppMessage] = []
        var nextMessageID = 0
        var searchPrompt: SearchPromptState?
        var picker: PickerState?
        var filterForm: SearchFilterForm?
        /// The trunks or applications the route picker offers.
        var routeChoices: [RouteTarget] = []
    }

    var shell = Shell() {
        didSet { signal.notify() }
    }

    let clock: ModelClock
    /// Where each profile's last first page is kept between runs; `nil` keeps nothing.
    private let pageCache: InventoryPageCache?
    private let signal = ChangeSignal()
    private var startTask: Task<Void, Never>?
    /// Messages kept for the log.
    static let messageLimit = 50

    /// - Parameters:
    ///   - country: the inventory's starting country filter (ISO code).
    ///   - debounce: pause after typing in the search prompt before the inventory is asked.
    ///   - warmCache: saved answers of earlier runs: the first page and the owned lists are drawn
    ///     from it at start, then refreshed; `nil` keeps nothing.
    public init(
        sessions: [ProfileSession], journal: PurchaseJournal, clock: ModelClock = .live,
        country: String? = nil, pageSize: Int = 25, debounce: Duration = .milliseconds(150),
        warmCache: WarmCache? = nil
    ) {
        self.sessions = sessions
        self.profiles = sessions.map(\.summary)
        self.clock = clock
        self.pageCache = warmCache.map(InventoryPageCache.init)
        inventory = InventoryModel(
            provider: sessions.first?.provider, country: country, pageSize: pageSize, clock: clock, signal: signal,
            debounce: debounce)
        owned = OwnedModel(sessions: sessions, clock: clock, signal: signal, listCache: warmCache.map(OwnedListCache.init))
        purchase = PurchaseModel(journal: journal, clock: clock, signal: signal)
        batch = BatchPurchaseModel(journal: journal, clock: clock, signal: signal)
        release = ReleaseModel(journal: journal, clock: clock, signal: signal)
        ownedChange = OwnedChangeModel(journal: journal, clock: clock, signal: signal)
        history = HistoryModel(journal: journal, calendar: (sessions.first?.spendLimits ?? SpendLimits()).calendar, clock: clock, signal: signal)
        costs = CostsModel(owned: owned, journal: journal, calendar: (sessions.first?.spendLimits ?? SpendLimits()).calendar, clock: clock, signal: signal)
        allProviders = AllProvidersModel(sessions: sessions, pageSize: pageSize, signal: signal)
        purchase.onOutcome = { [weak self] outcome in self?.purchaseEnded(outcome) }
        batch.onOutcome = { [weak self] outcome in self?.purchaseEnded(outcome) }
        release.onOutcome = { [weak self] outcome in self?.releaseEnded(outcome) }
        ownedChange.onOutcome = { [weak self] item in self?.ownedChangeItemEnded(item) }
        ownedChange.onFinished = { [weak self] items in self?.ownedChangeEnded(items) }
        inventory.onFirstPageRead = { [weak self] page, query in
            guard let self, let session = activeSession else { return }
            self.pageCache?.save(page, query: query, for: session)
        }
    }

    /// The inventory table shows `rows` numbers: pages follow it (within the provider's maximum).
    public func setVisibleRows(_ rows: Int) {
        inventory.setPageSize(rows)
        allProviders.setPageSize(rows)
        costs.visibleLines = rows
    }

    /// Loads the first page and the owned numbers, and reconciles purchases left unresolved by earlier runs.
    public func start() {
        inventory.start(showing: activeSession.flatMap { pageCache?.load(for: $0, matching: inventory.state.query) })
        askForCountryIfNeeded()
        owned.start()
        let (purchase, sessions) = (purchase, sessions)
        startTask = Task { [weak self] in
            let drafts = await purchase.reconcileJournal(sessions: sessions)
            for draft in drafts { self?.post(draft.level, draft.text) }
            if !drafts.isEmpty { self?.owned.reload() }
        }
    }

    /// A stream that yields after every change to any model's state.
    public func changes() -> AsyncStream<Void> { signal.stream() }

    /// Everything to draw, as values.
    public var snapshot: AppSnapshot {
        AppSnapshot(
            screen: shell.screen, overlays: shell.overlays, profiles: profiles,
            activeProfileIndex: shell.activeProfileIndex, messages: shell.messages,
            searchPrompt: shell.searchPrompt, picker: shell.picker, filterForm: shell.filterForm, inventory: inventory.state,
            owned: owned.state, purchase: purchase.state, release: release.state, history: history.state,
            batch: batch.state, allProviders: allProviders.state, costs: costs.state,
            confirmationsShown: purchase.confirmationsShown + batch.confirmationsShown + release.confirmationsShown
                + ownedChange.confirmationsShown, ownedChange: ownedChange.state)
    }

    /// The profile the inventory and purchases use.
    var activeSession: ProfileSession? {
        sessions.indices.contains(shell.activeProfileIndex) ? sessions[shell.activeProfileIndex] : nil
    }

    /// Adds a message to the log and the status bar.
    func post(_ level: AppMessage.Level, _ text: String) {
        shell.messages.append(AppMessage(id: shell.nextMessageID, level: level, text: text, time: clock.date()))
        shell.nextMessageID += 1
        if shell.messages.count > Self.messageLimit { shell.messages.removeFirst() }
    }

    private func purchaseEnded(_ outcome: PurchaseOutcome) {
        post(outcome.isBought ? .info : .error, outcome.summary)
        history.reload()
        if case .bought(let receipt, _) = outcome {
            inventory.removeSold(receipt.e164)
            allProviders.removeSold(receipt.e164)
            owned.reload()
        }
    }

    private func releaseEnded(_ outcome: ReleaseOutcome) {
        let changed = outcome.isReleased || outcome.isRestored
        post(changed ? .info : .error, outcome.summary(of: release.state.action))
        history.reload()
        if changed {
            owned.reload()
            inventory.refresh()
        }
    }

    /// Waits until start-up and every model's work in flight are done (tests and headless use).
    func settle() async {
        await startTask?.value
        await purchase.settle()  // a purchase's or release's outcome may reload the other two
        await batch.settle()
        await release.settle()
        await ownedChange.settle()
        await inventory.settle()
        await owned.settle()
        await allProviders.settle()
        await costs.settle()
    }
}
