import DialtoneCore
import Foundation

/// The Costs screen's model: adds up the owned numbers' monthly fees when the owned list
/// changes while the screen is shown, and reads the journal's last 12 months when it is opened.
///
/// Adding up 100 000 numbers runs off the main actor, once per list; keys only move `top`.
@MainActor
public final class CostsModel {
    public private(set) var state = CostsState() {
        didSet { signal.notify() }
    }

    /// Lines the screen shows below its pinned heading; the TUI sets it with the table's rows.
    public var visibleLines = 20

    private let owned: OwnedModel
    private let journal: PurchaseJournal
    /// The calendar the spend limits count months in (`SpendLimits.calendar`).
    private let calendar: Calendar
    private let clock: ModelClock
    private let signal: ChangeSignal
    private var isShown = false
    /// The list the figures shown (or being added up) come from.
    private var summed: OwnedListVersion?
    private var adding: Task<Void, Never>?
    /// How many times an owned list has been added up (a key must never add one up again).
    private(set) var sums = 0
    private var observer: Task<Void, Never>?

    public init(
        owned: OwnedModel, journal: PurchaseJournal, calendar: Calendar, clock: ModelClock = .live,
        signal: ChangeSignal = ChangeSignal()
    ) {
        self.owned = owned
        self.journal = journal
        self.calendar = calendar
        self.clock = clock
        self.signal = signal
        let changes = signal.stream()
        observer = Task { [weak self] in
            for await _ in changes {
                guard let self else { return }
                if self.isShown { self.addUpIfChanged() }
            }
        }
    }

    /// The screen is opened: reads the journal and adds up the owned list if it changed.
    public func show() {
        isShown = true
        readJournal()
        addUpIfChanged()
    }

    /// The screen is left: list changes wait until it is shown again.
    public func hide() { isShown = false }

    /// Reads the journal again (the owned list is reloaded by its own model).
    public func reloadJournal() { readJournal() }

    // MARK: - Scrolling

    /// Scrolls by `delta` lines, clamped so the last line stays at the bottom.
    public func scroll(by delta: Int) {
        state.top = min(max(0, state.top + delta), lastTop)
    }

    /// The first line at the top.
    public func first() { state.top = 0 }

    /// The last line at the bottom.
    public func last() { state.top = lastTop }

    private var lastTop: Int { max(0, state.lines.count - visibleLines) }

    // MARK: - Figures

    private func readJournal() {
        do {
            let contents = try journal.read()
            state.months = JournalMonths(contents, endingAt: clock.date(), calendar: calendar)
            state.journalProblem = contents.warning(path: journal.path)
        } catch {
            state.months = JournalMonths()
            state.journalProblem = DialtoneError.wrapping(error).description
        }
        rebuildLines()
    }

    /// Starts adding up the owned list when it is not the one summed; one sum at a time, and
    /// the list is checked again when it ends.
    private func addUpIfChanged() {
        let version = OwnedListVersion(owned.state)
        guard version != summed, adding == nil else { return }
        summed = version
        sums += 1
        let rows = owned.state.rows.storage
        state.isComputing = true
        adding = Task { [weak self] in
            let costs = await Self.addUp(rows)
            guard let self else { return }
            self.adding = nil
            self.state.owned = costs
            self.state.isComputing = false
            self.rebuildLines()
            if self.isShown { self.addUpIfChanged() }
        }
    }

    private nonisolated static func addUp(_ rows: [OwnedRow]) async -> OwnedCosts {
        OwnedCosts(rows.lazy.map(\.number))
    }

    private func rebuildLines() {
        state.lines = CostsDocument.lines(owned: state.owned, months: state.months, journalProblem: state.journalProblem)
        state.top = min(state.top, lastTop)
    }

    /// Waits until no sum is in flight (tests and headless use).
    func settle() async {
        while let task = adding { await task.value }
    }
}
