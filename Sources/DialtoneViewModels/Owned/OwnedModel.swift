import DialtoneCore
import Foundation

/// Numbers owned under every configured profile, merged, filtered, sorted and totalled.
///
/// Listings are fetched concurrently and their search keys built off the main actor; a failing
/// provider leaves its error in `failures` while the others' rows still show. Filtering is
/// per keystroke and narrows the previous result when the new text extends the old one.
@MainActor
public final class OwnedModel {
    /// The current snapshot; every change wakes the `ChangeSignal`.
    public private(set) var state = OwnedState() {
        didSet { signal.notify() }
    }

    /// Rows a page key moves by; the TUI sets it to the table's visible height.
    public var pageSize = 20

    private var sessions: [ProfileSession]
    private let clock: ModelClock
    private let signal: ChangeSignal
    /// Every row, in `state.sort` order.
    private var all: [OwnedRow] = []
    /// What filtering reads, in the same order as `all`.
    private var index = OwnedFilterIndex()
    private var loadToken = 0
    private var loadTask: Task<Void, Never>?
    /// The filter behind `state.rows`, to narrow from it when text is only added.
    private var appliedFilter: OwnedFilter?

    public init(sessions: [ProfileSession], clock: ModelClock = .live, signal: ChangeSignal = ChangeSignal()) {
        self.sessions = sessions
        self.clock = clock
        self.signal = signal
    }

    // MARK: - Loading

    /// Reads every profile's owned numbers again.
    public func reload() {
        loadToken += 1
        let (token, sessions, sort) = (loadToken, sessions, state.sort)
        state.isLoading = true
        loadTask?.cancel()
        loadTask = Task { [weak self] in
            let gathered = await Self.gather(sessions, sort: sort)
            self?.finishLoad(gathered, sort: sort, token: token)
        }
    }

    private struct Gathered: Sendable {
        var rows: [OwnedRow]
        var failures: [ProviderFailure]
        var index = OwnedFilterIndex()
    }

    /// Reads every profile concurrently, then sorts and indexes the rows off the main actor.
    private nonisolated static func gather(_ sessions: [ProfileSession], sort: OwnedSort) async -> Gathered {
        await withTaskGroup(of: (Int, [OwnedRow], ProviderFailure?).self) { group in
            for (index, session) in sessions.enumerated() {
                group.addTask {
                    do {
                        let numbers = try await session.provider.ownedNumbers(.all)
                        return (index, numbers.map { OwnedRow(number: $0, profile: session.name) }, nil)
                    } catch {
                        let kind = session.provider.kind
                        let failure = ProviderFailure(profile: session.name, provider: kind, error: .wrapping(error, provider: kind))
                        return (index, [], failure)
                    }
                }
            }
            var results: [(Int, [OwnedRow], ProviderFailure?)] = []
            for await result in group { results.append(result) }
            var gathered = Gathered(rows: [], failures: [])
            var seen = Set<String>()
            for (_, rows, failure) in results.sorted(by: { $0.0 < $1.0 }) {
                gathered.rows += rows.filter { seen.insert($0.id).inserted }
                if let failure { gathered.failures.append(failure) }
            }
            gathered.rows.sort { sort.orders($0, before: $1) }
            gathered.index = OwnedFilterIndex(gathered.rows)
            return gathered
        }
    }

    private func finishLoad(_ gathered: Gathered, sort: OwnedSort, token: Int) {
        guard token == loadToken else { return }
        loadTask = nil
        all = gathered.rows
        index = gathered.index
        if sort != state.sort { applySort() }
        state.failures = gathered.failures
        state.totalCount = all.count
        state.loadedAt = clock.date()
        state.isLoading = false
        refilter(narrowing: false)
        MemoryTrim.release()
    }

    /// Waits until no load is in flight (tests and headless use).
    func settle() async {
        while let task = loadTask {
            await task.value
            if loadTask == task { return }
        }
    }

    // MARK: - Filter and sort

    /// Filters by text, narrowing the current rows when `text` extends the previous text.
    public func setFilterText(_ text: String) {
        guard text != state.filter.text else { return }
        let narrowing = text.lowercased().contains(state.filter.text.lowercased())
        state.filter.text = text
        refilter(narrowing: narrowing)
    }

    /// Filters by country (ISO code, `nil` for all).
    public func setCountry(_ iso: String?) {
        state.filter.country = iso?.uppercased()
        refilter(narrowing: false)
    }

    /// Cycles all → active → pending → inactive.
    public func cycleStatusFilter() { setStatusFilter(state.filter.status.next) }

    /// Shows only numbers whose status falls in `status`.
    public func setStatusFilter(_ status: OwnedStatusFilter) {
        state.filter.status = status
        refilter(narrowing: false)
    }

    /// Orders by the next sort key, keeping the selected number selected.
    public func cycleSort() {
        state.sort = state.sort.next
        applySort()
        refilter(narrowing: false)
    }

    /// Puts `all` and its index in `state.sort` order.
    private func applySort() {
        let sort = state.sort
        let order = all.indices.sorted { sort.orders(all[$0], before: all[$1]) }
        all = order.map { all[$0] }
        index = index.reordered(order)
    }

    private func refilter(narrowing: Bool) {
        let filter = state.filter
        let selectedPosition = state.selectedIndex.flatMap { state.rows.positions.indices.contains($0) ? state.rows.positions[$0] : nil }
        let candidates = narrowing && appliedFilter != nil ? state.rows.positions : Array(all.indices)
        let positions = index.filter(candidates, filter: filter)
        appliedFilter = filter
        state.rows = OwnedRows(storage: all, positions: positions)
        state.monthlyTotals = index.totals(positions)
        // Positions are ascending, so the selected row is found by binary search.
        let kept = selectedPosition.flatMap { target -> Int? in
            var (low, high) = (0, positions.count)
            while low < high {
                let middle = (low + high) / 2
                if positions[middle] < target { low = middle + 1 } else { high = middle }
            }
            return low < positions.count && positions[low] == target ? low : nil
        }
        state.selectedIndex = ListSelection.clamped(kept ?? state.selectedIndex, count: positions.count)
    }

    // MARK: - Navigation

    /// Moves the selection by `delta` rows, clamped to the list.
    public func move(by delta: Int) {
        state.selectedIndex = ListSelection.moved(state.selectedIndex, by: delta, count: state.rows.count)
    }

    /// The first row.
    public func first() { move(by: -state.rows.count) }

    /// The last row.
    public func last() { move(by: state.rows.count) }
}
