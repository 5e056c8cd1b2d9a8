import DialtoneCore
import Foundation

/// Numbers owned under every configured profile, merged, filtered, sorted and totalled.
///
/// Listings are fetched concurrently, page by page, and their search keys built off the main
/// actor; a failing provider leaves its error in `failures` and a listing read only in part is
/// named in `partial`, while the others' rows still show. Filtering is
/// per keystroke and narrows the previous result when the new text extends the old one.
@MainActor
public final class OwnedModel {
    /// The current snapshot; every change wakes the `ChangeSignal`.
    public internal(set) var state = OwnedState() {
        didSet { signal.notify() }
    }

    /// Rows a page key moves by; the TUI sets it to the table's visible height.
    public var pageSize = 20

    private(set) var sessions: [ProfileSession]
    /// Each profile's route list being read, by profile name (`OwnedModel+Routes`).
    var routeTasks: [String: Task<Void, Never>] = [:]
    /// Where each profile's last complete list is kept between runs; `nil` keeps nothing.
    private let listCache: OwnedListCache?
    private var cacheTask: Task<Void, Never>?
    /// The saves of the last listing, which `settle()` waits for.
    private var saves: [Task<Void, Never>] = []
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

    /// - Parameter listCache: the warm-start cache: saved lists are shown at start, then refreshed.
    public init(
        sessions: [ProfileSession], clock: ModelClock = .live, signal: ChangeSignal = ChangeSignal(),
        listCache: OwnedListCache? = nil
    ) {
        self.sessions = sessions
        self.clock = clock
        self.signal = signal
        self.listCache = listCache
    }

    // MARK: - Loading

    /// The first load (at start-up): reads every listing, and meanwhile shows the lists an earlier
    /// run saved, unless the fresh rows arrive first.
    public func start() {
        reload()
        guard let listCache else { return }
        let (token, sessions) = (loadToken, sessions)
        cacheTask = Task { [weak self] in
            let saved = await listCache.load(for: sessions)
            guard !saved.isEmpty, let self, token == self.loadToken, self.incoming.rows.isEmpty, self.all.isEmpty else { return }
            let rows = saved.keys.sorted().flatMap { position in
                saved[position]!.value.map { OwnedRow(number: $0, profile: sessions[position].name) }
            }
            let (sortedRows, sortedIndex) = await Self.sorted(rows, index: OwnedFilterIndex(rows), by: self.state.sort)
            guard token == self.loadToken, self.incoming.rows.isEmpty, self.all.isEmpty else { return }
            self.incoming.streams = false  // the fresh listings replace these once complete
            self.all = sortedRows
            self.index = sortedIndex
            self.state.totalCount = sortedRows.count
            self.state.cachedAt = saved.values.map(\.savedAt).min()
            self.refilter(narrowing: false)
        }
    }

    /// Reads every profile's owned numbers again.
    ///
    /// Rows stream in page by page when nothing is shown yet (in arrival order, filtered as they
    /// come); a refresh keeps the previous list until the new one is complete. After the last
    /// page the rows are sorted once.
    public func reload() {
        loadToken += 1
        let (token, sessions) = (loadToken, sessions)
        // A load that replaces one still streaming streams too: what is shown is not complete.
        let streams = all.isEmpty || (loadTask != nil && incoming.streams)
        state.isLoading = true
        state.loadProgress = nil
        loadTask?.cancel()
        incoming = IncomingLoad(sessions: sessions.count, streams: streams)
        loadTask = Task { [weak self] in
            for await event in Self.events(sessions) {
                guard let self, token == self.loadToken else { return }
                self.receive(event)
            }
            guard let self, token == self.loadToken else { return }
            await self.finishLoad(token: token)
        }
    }

    /// What one profile's listing reported.
    private enum LoadEvent: Sendable {
        case page(session: Int, rows: [OwnedRow], index: OwnedFilterIndex, progress: ListProgress)
        case done(session: Int, incompleteReason: String?, skippedEntries: Int)
        case failed(session: Int, ProviderFailure)
    }

    /// A load in progress: rows in arrival order, indexed page by page.
    private struct IncomingLoad {
        var rows: [OwnedRow] = []
        var index = OwnedFilterIndex()
        /// Numbers already in `rows` (provider and number: no string is built per row).
        var seen = Set<OwnedRow.Key>()
        var progress: [ListProgress?]
        var failures: [(Int, ProviderFailure)] = []
        var partial: [(Int, PartialListing)] = []
        /// Entries listed but unreadable, over every profile.
        var skippedEntries = 0
        /// Whether rows are shown as they arrive.
        var streams: Bool
        /// How many of `rows` are shown.
        var shown = 0

        /// Whether to show what arrived: the first page at once, then whenever the rows have
        /// doubled or grown by 10 000. Each showing copies the rows once (the shown list shares
        /// their storage), so showing every page of a long list would copy it a thousand times.
        var showsNext: Bool {
            streams && rows.count > shown && (shown == 0 || rows.count >= min(shown * 2, shown + 10_000))
        }

        init(sessions: Int = 0, streams: Bool = false) {
            progress = Array(repeating: nil, count: sessions)
            self.streams = streams
        }

        /// Pages read over every profile; the total once every profile has said its own.
        var combined: ListProgress {
            let read = progress.reduce(0) { $0 + ($1?.pagesRead ?? 0) }
            let totals = progress.map { $0?.pagesTotal }
            return ListProgress(pagesRead: read, pagesTotal: totals.contains(nil) ? nil : totals.reduce(0) { $0 + $1! })
        }
    }

    private var incoming = IncomingLoad()

    /// Every profile's listing as events, read concurrently; each page is indexed off the main actor.
    private nonisolated static func events(_ sessions: [ProfileSession]) -> AsyncStream<LoadEvent> {
        let (stream, continuation) = AsyncStream.makeStream(of: LoadEvent.self)
        let producer = Task {
            await withTaskGroup(of: Void.self) { group in
                for (position, session) in sessions.enumerated() {
                    group.addTask {
                        let (name, provider) = (session.name, session.provider)
                        do {
                            let list = try await provider.ownedNumberList(.all) { numbers, progress in
                                let rows = numbers.map { OwnedRow(number: $0, profile: name) }
                                continuation.yield(.page(session: position, rows: rows, index: OwnedFilterIndex(rows), progress: progress))
                            }
                            continuation.yield(.done(session: position, incompleteReason: list.incompleteReason, skippedEntries: list.skippedEntries))
                        } catch {
                            let failure = ProviderFailure(profile: name, provider: provider.kind, error: .wrapping(error, provider: provider.kind))
                            continuation.yield(.failed(session: position, failure))
                        }
                    }
                }
            }
            continuation.finish()
        }
        continuation.onTermination = { _ in producer.cancel() }
        return stream
    }

    private func receive(_ event: LoadEvent) {
        switch event {
        case .page(let session, let rows, let pageIndex, let progress):
            let fresh = rows.filter { incoming.seen.insert($0.key).inserted }
            incoming.rows += fresh
            incoming.index.append(fresh.count == rows.count ? pageIndex : OwnedFilterIndex(fresh))
            incoming.progress[session] = progress
            state.loadProgress = incoming.combined
            if incoming.showsNext { showArrived() }
        case .done(let session, let reason, let skipped):
            incoming.skippedEntries += skipped
            if let reason {
                let profile = sessions[session]
                incoming.partial.append((session, PartialListing(profile: profile.name, provider: profile.provider.kind, reason: reason)))
            }
        case .failed(let session, let failure):
            incoming.failures.append((session, failure))
        }
    }

    /// Shows the rows that arrived since the last showing, filtered, after those already shown.
    private func showArrived() {
        let start = incoming.shown
        incoming.shown = incoming.rows.count
        all = incoming.rows
        index = incoming.index
        let added = index.filter(Array(start..<all.count), filter: state.filter)
        let positions = (start == 0 ? [] : state.rows.positions) + added
        appliedFilter = state.filter
        state.rows = OwnedRows(storage: all, positions: positions)
        let addedCosts = index.costs(added)
        state.monthlyTotals = Money.totals((start == 0 ? [] : state.monthlyTotals) + addedCosts.totals)
        state.unknownFeeCount = (start == 0 ? 0 : state.unknownFeeCount) + addedCosts.unknown
        state.totalCount = all.count
        state.selectedIndex = ListSelection.clamped(state.selectedIndex, count: positions.count)
    }

    /// Sorts the rows off the main actor, then shows the complete list.
    private func finishLoad(token: Int) async {
        let (load, sort) = (incoming, state.sort)
        let (rows, sortedIndex) = await Self.sorted(load.rows, index: load.index, by: sort)
        guard token == loadToken else { return }
        loadTask = nil
        incoming = IncomingLoad()
        all = rows
        index = sortedIndex
        if sort != state.sort { applySort() }
        state.failures = load.failures.sorted { $0.0 < $1.0 }.map(\.1)
        state.partial = load.partial.sorted { $0.0 < $1.0 }.map(\.1)
        state.skippedEntries = load.skippedEntries
        state.totalCount = all.count
        state.loadedAt = clock.date()
        state.cachedAt = nil
        state.isLoading = false
        state.loadProgress = nil
        state.marks.refresh(from: all)
        refilter(narrowing: false)
        save(load)
        MemoryTrim.release()
    }

    /// Keeps every listing that was read completely for the next start.
    private func save(_ load: IncomingLoad) {
        guard let listCache, let savedAt = state.loadedAt else { return }
        let incomplete = Set(load.failures.map(\.0) + load.partial.map(\.0))
        let byProfile = Dictionary(grouping: all, by: \.profile)
        saves = sessions.enumerated().filter { !incomplete.contains($0.offset) }.map { _, session in
            listCache.save((byProfile[session.name] ?? []).map(\.number), for: session, savedAt: savedAt)
        }
    }

    private nonisolated static func sorted(
        _ rows: [OwnedRow], index: OwnedFilterIndex, by sort: OwnedSort
    ) async -> ([OwnedRow], OwnedFilterIndex) {
        let order = OwnedSortOrder.positions(of: rows, by: sort)
        return (order.map { rows[$0] }, index.reordered(order))
    }

    /// Waits until no load is in flight and the last listing's saves are written (tests and headless use).
    func settle() async {
        await cacheTask?.value
        while let task = loadTask {
            await task.value
            if loadTask == task { break }
        }
        for save in saves { await save.value }
        await settleRoutes()
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

    /// Cycles all → active → pending → inactive → route nowhere.
    public func cycleStatusFilter() { setStatusFilter(state.filter.status.next) }

    /// Shows only numbers whose status falls in `status`.
    public func setStatusFilter(_ status: OwnedStatusFilter) {
        state.filter.status = status
        refilter(narrowing: false)
    }

    /// Orders by the next sort key, keeping the selected number selected.
    public func cycleSort() {
        state.sort = state.sort.next
        // Rows still streaming in are sorted once, after the last page.
        guard !(state.isLoading && incoming.streams) else { return }
        applySort()
        refilter(narrowing: false)
    }

    /// Puts `all` and its index in `state.sort` order.
    private func applySort() {
        let order = OwnedSortOrder.positions(of: all, by: state.sort)
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
        (state.monthlyTotals, state.unknownFeeCount) = index.costs(positions)
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
