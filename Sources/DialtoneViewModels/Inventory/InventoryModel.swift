import DialtoneCore

/// Browses one provider's inventory: query, paging with prefetch, selection, sort, errors.
///
/// `@MainActor` like every model here: the TUI's loop runs on the main actor and reads `state`
/// synchronously each frame; provider calls run off the actor and their answers come back to it.
/// Two counters keep answers honest: `epoch` changes with the query (cached pages of an older
/// query are dropped), `token` changes with every foreground load (only the newest is shown).
@MainActor
public final class InventoryModel {
    /// The current snapshot; every change wakes the `ChangeSignal`.
    public internal(set) var state: InventoryState {
        didSet { signal.notify() }
    }

    private var provider: (any NumberProvider)?
    private let clock: ModelClock
    private let signal: ChangeSignal
    private let debounce: Duration
    private var preferredPageSize: Int

    private var epoch = 0
    private var token = 0
    /// The token of a load still waiting out its debounce.
    private var debouncingToken: Int?
    private var landing = Landing.top
    private var loadTask: Task<Void, Never>?
    private var prefetchTask: Task<Void, Never>?
    private var prefetchingPage: Int?
    private var pages: [Int: InventoryPage] = [:]
    private var cursor: FilteredCursor?

    /// Called with every first page read from the provider and the query it answers (to save it
    /// for the next start).
    public var onFirstPageRead: ((InventoryPage, InventoryQuery) -> Void)?

    /// Where the selection lands on a newly shown page.
    enum Landing: Equatable { case top, bottom, row(Int) }

    /// - Parameters:
    ///   - pageSize: rows per page; capped by the provider's largest page.
    ///   - debounce: how long typing in the search field must pause before a request is sent.
    public init(
        provider: (any NumberProvider)?, country: String? = nil, pageSize: Int = 25,
        clock: ModelClock = .live, signal: ChangeSignal = ChangeSignal(), debounce: Duration = .milliseconds(150)
    ) {
        self.provider = provider
        self.clock = clock
        self.signal = signal
        self.debounce = debounce
        self.preferredPageSize = pageSize
        self.state = InventoryState(query: InventoryQuery(country: country, pageSize: pageSize))
        adopt(provider)
    }

    // MARK: - Query

    /// Browses `provider` instead (profile switch): starts on `country` when given, else keeps
    /// the current one; clears search and filters, loads page 1.
    public func setProvider(_ provider: (any NumberProvider)?, country: String? = nil) {
        self.provider = provider
        let country = country ?? state.query.country
        state = InventoryState(query: InventoryQuery(country: country, pageSize: preferredPageSize))
        adopt(provider)
        queryChanged(debounced: false)
    }

    /// Loads the first page for the current provider (at start-up). A `cached` first page saved
    /// by an earlier run is shown at once, marked with when it was saved, until the fresh one arrives.
    public func start(showing cached: WarmCache.Entry<InventoryPage>? = nil) {
        guard let cached else { return queryChanged(debounced: false) }
        invalidate()
        adopt(provider)
        state.rows = state.sort.apply(to: Array(cached.value.items.prefix(state.query.pageSize)))
        state.selectedIndex = state.rows.isEmpty ? nil : 0
        state.total = cached.value.total
        state.hasMore = cached.value.hasMore
        state.pageLoaded = true
        state.fetchedAt = cached.value.fetchedAt
        state.cachedAt = cached.savedAt
        show(page: 1, landing: .top, keepingRows: true)
    }

    /// Sets the search text, letters read as keypad digits (`KeypadSearch`), and loads after the
    /// debounce; a newer text cancels the older request. A text the provider cannot search for
    /// is refused in `searchNote` and the search stays as it was.
    public func setSearch(_ text: String) {
        var search = text
        if let provider = state.provider, let features = state.features {
            do {
                let reading = try features.readSearch(text, provider: provider)
                search = reading.digits
                state.searchNote = reading.note
            } catch {
                state.searchNote = error.description
                return
            }
        }
        guard search != state.query.search else { return }
        state.query.search = search
        queryChanged(debounced: true)
    }

    /// Sends a search still waiting out its debounce now (Enter in the search prompt).
    public func flushSearch() {
        guard debouncingToken == token else { return }
        show(page: state.query.page, landing: .top)
    }

    /// Filters by country (ISO code, `nil` for all) and loads page 1 at once.
    public func setCountry(_ iso: String?) {
        let iso = iso?.uppercased()
        guard iso != state.query.country else { return }
        state.query.country = iso
        queryChanged(debounced: false)
    }

    /// Filters by number type (`nil` for all).
    public func setType(_ type: NumberType?) {
        guard type != state.query.type else { return }
        state.query.type = type
        queryChanged(debounced: false)
    }

    /// Adds or removes a required capability.
    /// Replaces the further search filters (the filter form's Enter).
    public func setFilters(_ filters: SearchFilters) {
        guard filters != state.query.filters else { return }
        state.query.filters = filters
        queryChanged(debounced: false)
    }

    public func toggleCapability(_ capability: Capability) {
        if state.query.capabilities.remove(capability) == nil { state.query.capabilities.insert(capability) }
        queryChanged(debounced: false)
    }

    /// Orders the page by the next sort key, keeping the selected number selected.
    public func cycleSort() {
        let selectedID = state.selected?.id
        state.sort = state.sort.next
        state.rows = state.sort.apply(to: pages[state.query.page]?.items ?? state.rows)
        state.selectedIndex = state.rows.firstIndex { $0.id == selectedID } ?? state.selectedIndex
    }

    /// Makes a page as tall as the table shows (within the provider's largest page). The page
    /// holding the selected number is loaded at the new size with that number still selected,
    /// so page numbers and the total stay exact after a resize.
    public func setPageSize(_ size: Int) {
        let size = max(1, size)
        guard size != preferredPageSize else { return }
        let old = state.query.pageSize
        let selected = (state.query.page - 1) * old + (state.selectedIndex ?? 0)
        preferredPageSize = size
        adopt(provider)
        let new = state.query.pageSize
        guard new != old, loadTask != nil || !pages.isEmpty || !state.rows.isEmpty else { return }
        invalidate()
        show(page: selected / new + 1, landing: .row(selected % new))
    }

    /// Drops cached pages and reloads the current page.
    public func refresh() {
        invalidate()
        show(page: state.query.page, landing: .row(state.selectedIndex ?? 0))
    }

    /// Reloads the page that failed, or tries a read waiting to be retried now.
    public func retry() {
        guard state.error != nil || state.retrying != nil else { return }
        show(page: state.query.page, landing: .top)
    }

    /// Stops a load that is waiting to retry: its last failure becomes the error (Esc).
    public func stopRetrying() {
        guard let notice = state.retrying else { return }
        loadTask?.cancel()
        loadTask = nil
        token += 1
        state.retrying = nil
        state.isLoading = false
        state.error = notice.error
    }

    /// Removes a number that was just bought from the shown rows and the cached pages.
    public func removeSold(_ e164: String) {
        state.marks.remove(e164)
        guard let index = state.rows.firstIndex(where: { $0.e164 == e164 }) else { return }
        state.rows.remove(at: index)
        for key in pages.keys { pages[key]?.items.removeAll { $0.e164 == e164 } }
        state.selectedIndex = state.rows.isEmpty ? nil : min(state.selectedIndex ?? 0, state.rows.count - 1)
    }

    // MARK: - Loading

    private func adopt(_ provider: (any NumberProvider)?) {
        state.provider = provider?.kind
        state.features = provider?.features
        // Filters the new provider does not take are dropped, never silently ignored.
        let supported = Set(provider?.features.searchFilters ?? [])
        for key in state.query.filters.setKeys where !supported.contains(key) { state.query.filters[key] = nil }
        let maxSize = provider?.features.maxPageSize ?? preferredPageSize
        state.query.pageSize = max(1, min(preferredPageSize, maxSize))
        if let features = provider?.features {
            let local = InventoryFilter.split(state.query, features: features).local
            state.filtersLocally = !local.isEmpty
            state.localFilterNote = provider.flatMap { local.note(provider: $0.kind, features: features) }
        }
    }

    private func queryChanged(debounced: Bool) {
        invalidate()
        adopt(provider)
        state.total = nil
        show(page: 1, landing: .top, delay: debounced ? debounce : nil)
    }

    private func invalidate() {
        epoch += 1
        pages = [:]
        cursor = nil
        prefetchTask?.cancel()
        prefetchTask = nil
        prefetchingPage = nil
    }

    /// Shows `page`: from the cache at once, else from the prefetch in flight, else by a request.
    /// `keepingRows` leaves the rows on screen while the request runs (a warm start).
    func show(page: Int, landing: Landing, delay: Duration? = nil, keepingRows: Bool = false) {
        token += 1
        debouncingToken = nil
        loadTask?.cancel()
        loadTask = nil
        self.landing = landing
        state.query.page = page
        state.error = nil
        state.notice = nil
        state.retrying = nil
        if delay == nil, let cached = pages[page] { return present(cached) }
        if !keepingRows {
            state.rows = []
            state.selectedIndex = nil
            state.hasMore = false
            state.pageLoaded = false
            state.cachedAt = nil
        }
        guard let request = makeRequest(page: page) else { return state.isLoading = false }
        state.isLoading = true
        if delay == nil, prefetchingPage == page { return }  // `finishPrefetch` presents it
        let (current, clock) = (token, clock)
        let deadline = delay.map { clock.now() + $0 }
        if deadline != nil { debouncingToken = current }
        loadTask = Task { [weak self] in
            if let deadline {
                do { try await clock.sleepUntil(deadline) } catch { return }
                self?.debounceEnded(current)
            }
            let result = await request.run(observingRetries: RetryObserver { notice in
                Task { @MainActor in self?.noteRetry(notice, token: current) }
            })
            self?.finishLoad(result, token: current)
        }
    }

    private func noteRetry(_ notice: RetryNotice, token noted: Int) {
        guard noted == token, state.isLoading else { return }
        state.retrying = notice
        state.retryDue = clock.date().addingTimeInterval(Double(notice.wait.components.seconds) + Double(notice.wait.components.attoseconds) / 1e18)
    }

    private func debounceEnded(_ ended: Int) {
        if debouncingToken == ended { debouncingToken = nil }
    }

    private func makeRequest(page: Int) -> PageRequest? {
        guard let provider else {
            state.notice = "no profile is active"
            return nil
        }
        let features = provider.features
        guard features.canSearch else {
            state.notice = "\(provider.kind.displayName) does not list numbers for sale; its numbers are under Owned"
            return nil
        }
        guard !features.requiresCountry || state.query.country != nil else {
            state.notice = "\(provider.kind.displayName) needs a country: pick one to search"
            return nil
        }
        var (server, filter) = InventoryFilter.split(state.query, features: features)
        if !filter.isEmpty { server.pageSize = features.maxPageSize }
        return PageRequest(
            provider: provider, server: server, filter: filter, page: page, size: state.query.pageSize,
            cursor: cursor ?? FilteredCursor())
    }

    private func finishLoad(_ result: Result<PageRequest.Loaded, DialtoneError>, token finished: Int) {
        guard finished == token else { return }  // a newer load superseded this answer
        loadTask = nil
        state.retrying = nil
        switch result {
        case .success(let loaded):
            store(loaded)
            present(loaded.page)
            if loaded.page.page == 1 { onFirstPageRead?(loaded.page, state.query) }
        case .failure(let error):
            guard error.kind != .cancelled else { return }
            state.isLoading = false
            state.error = error
        }
    }

    private func store(_ loaded: PageRequest.Loaded) {
        if let advanced = loaded.cursor { cursor = advanced.furthest(cursor) }
        pages[loaded.page.page] = loaded.page
    }

    private func present(_ page: InventoryPage) {
        // Rows the user moved through while the saved page was shown keep their place.
        if state.cachedAt != nil { landing = .row(state.selectedIndex ?? 0) }
        state.cachedAt = nil
        state.rows = state.sort.apply(to: page.items)
        state.total = page.total
        state.hasMore = page.hasMore
        state.pageLoaded = true
        state.fetchedAt = page.fetchedAt
        state.skippedEntries = page.skippedEntries
        state.isLoading = false
        state.error = nil
        state.scanLimited = cursor?.limited ?? false
        state.unknownTypeCount = state.filtersLocally && state.query.type != nil ? cursor?.unknownType ?? 0 : 0
        state.selectedIndex = landingIndex()
        pages = pages.filter { abs($0.key - page.page) <= 2 }
        if page.hasMore { prefetch(page.page + 1) }
    }

    private func landingIndex() -> Int? {
        guard !state.rows.isEmpty else { return nil }
        switch landing {
        case .top: return 0
        case .bottom: return state.rows.count - 1
        case .row(let row): return min(max(0, row), state.rows.count - 1)
        }
    }

    // MARK: - Prefetch

    private func prefetch(_ page: Int) {
        guard pages[page] == nil, prefetchingPage != page, let request = makeRequest(page: page) else { return }
        prefetchTask?.cancel()
        prefetchingPage = page
        let current = epoch
        prefetchTask = Task { [weak self] in
            let result = await request.run()
            self?.finishPrefetch(result, page: page, epoch: current)
        }
    }

    private func finishPrefetch(_ result: Result<PageRequest.Loaded, DialtoneError>, page: Int, epoch finished: Int) {
        guard finished == epoch, prefetchingPage == page else { return }
        prefetchingPage = nil
        prefetchTask = nil
        let waiting = state.isLoading && state.query.page == page && loadTask == nil
        switch result {
        case .success(let loaded):
            store(loaded)
            if waiting { present(loaded.page) }
        case .failure(let error):
            guard waiting, error.kind != .cancelled else { return }
            state.isLoading = false
            state.error = error
        }
    }

    /// Waits until no load or prefetch is in flight (tests and headless use).
    func settle() async {
        var awaited: [Task<Void, Never>] = []
        while true {
            let running = [loadTask, prefetchTask].compactMap { $0 }
            guard !running.isEmpty, running != awaited else { return }
            for task in running { await task.value }
            awaited = running
        }
    }
}
