import DialtoneCore
import Foundation

/// What the History screen shows: every purchase and release in the journal, newest first,
/// and this month's spend per currency.
public struct HistoryState: Sendable, Equatable {
    public var rows: [HistoryRow] = []
    /// Index into `rows`; `nil` exactly when `rows` is empty.
    public var selectedIndex: Int?
    /// Charged now this month (in the spend limits' zone), per currency.
    public var monthSpend: [Money] = []
    /// Why the journal could not be read, or how many of its lines could not.
    public var problem: String?

    public init() {}

    public var selected: HistoryRow? { selectedIndex.map { rows[$0] } }
}

/// The History screen's model: reads the journal when shown and after every purchase or release.
@MainActor
public final class HistoryModel {
    public internal(set) var state = HistoryState() {
        didSet { signal.notify() }
    }

    private let journal: PurchaseJournal
    /// The calendar the spend limits count months in (`SpendLimits.calendar`).
    private let calendar: Calendar
    private let clock: ModelClock
    private let signal: ChangeSignal

    public init(journal: PurchaseJournal, calendar: Calendar, clock: ModelClock = .live, signal: ChangeSignal = ChangeSignal()) {
        self.journal = journal
        self.calendar = calendar
        self.clock = clock
        self.signal = signal
    }

    /// Reads the journal again, keeping the selected entry when it is still there.
    public func reload() {
        var next = HistoryState()
        do {
            let contents = try journal.read()
            next.rows = contents.history().reversed()
            next.monthSpend = contents.monthSpend(now: clock.date(), calendar: calendar)
            next.problem = contents.warning(path: journal.path)
        } catch {
            next.problem = DialtoneError.wrapping(error).description
        }
        let kept = state.selected.flatMap { selected in next.rows.firstIndex { $0.id == selected.id } }
        next.selectedIndex = kept ?? (next.rows.isEmpty ? nil : 0)
        state = next
    }

    /// Moves the selection by `delta` rows, clamped.
    public func move(by delta: Int) {
        guard let index = state.selectedIndex else { return }
        state.selectedIndex = min(max(0, index + delta), state.rows.count - 1)
    }

    /// Selects the first row.
    public func first() { if !state.rows.isEmpty { state.selectedIndex = 0 } }

    /// Selects the last row.
    public func last() { if !state.rows.isEmpty { state.selectedIndex = state.rows.count - 1 } }
}
