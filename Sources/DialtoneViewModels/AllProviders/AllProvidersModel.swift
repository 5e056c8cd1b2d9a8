import DialtoneCore
import Foundation

/// All providers at once (`a`): the inventory's country and search sent to every profile that
/// can search, each in its own task, merged as the answers arrive.
///
/// Paging stays exact per provider: page N of the merged list is page N of each source, each in
/// its own page size, so no provider's numbers are skipped or repeated. A slow or failing source
/// only shows its state in the status bar; the others are listed meanwhile.
@MainActor
public final class AllProvidersModel {
    /// The current snapshot; every change wakes the `ChangeSignal`.
    public internal(set) var state = AllProvidersState() {
        didSet { signal.notify() }
    }

    private let sessions: [ProfileSession]
    private let signal: ChangeSignal
    private var pageSize: Int
    /// Changes with every page asked for, so a late answer never lands on another page.
    private var token = 0
    private var answers: [String: [PhoneNumber]] = [:]
    private var tasks: [Task<Void, Never>] = []
    /// When each source's page was read, by profile, for the listing's age in the dialog.
    public private(set) var fetchedAt: [String: Date] = [:]

    /// `sessions` that cannot search (Agni) are left out.
    public init(sessions: [ProfileSession], pageSize: Int = 25, signal: ChangeSignal = ChangeSignal()) {
        self.sessions = sessions.filter(\.provider.features.canSearch)
        self.pageSize = pageSize
        self.signal = signal
    }

    /// Whether more than one profile can search (the mode is worth offering).
    public var hasSeveralSources: Bool { sessions.count > 1 }

    /// Shows the merged list for `country` and `search`, from page 1.
    public func open(country: String?, search: String) {
        state.isActive = true
        reload(country: country, search: search)
    }

    /// Back to the active profile's inventory.
    public func close() {
        cancel()
        state = AllProvidersState()
    }

    /// Asks every source again for `country` and `search`, from page 1 (the filters changed).
    public func reload(country: String?, search: String) {
        guard state.isActive else { return }
        state.query = InventoryQuery(country: country, search: search, pageSize: pageSize)
        load(page: 1)
    }

    /// Rows per page for each source, within its own maximum.
    public func setPageSize(_ size: Int) { pageSize = max(1, size) }

    /// The session that lists `row`, which buys it.
    public func session(for row: MergedRow) -> ProfileSession? { sessions.first { $0.name == row.profile } }

    /// Drops a number that was just bought.
    public func removeSold(_ e164: String) {
        for key in answers.keys { answers[key]?.removeAll { $0.e164 == e164 } }
        remerge()
    }

    // MARK: - Moving

    public func move(by delta: Int) {
        guard let index = state.selectedIndex else { return }
        state.selectedIndex = min(max(0, index + delta), state.rows.count - 1)
    }

    public func first() { if !state.rows.isEmpty { state.selectedIndex = 0 } }
    public func last() { if !state.rows.isEmpty { state.selectedIndex = state.rows.count - 1 } }

    /// The next page of every source, while any has one.
    public func pageDown() { if state.hasMore { load(page: state.query.page + 1) } }

    /// The previous page of every source.
    public func pageUp() { if state.query.page > 1 { load(page: state.query.page - 1) } }

    /// Asks every source for the current page again.
    public func refresh() { if state.isActive { load(page: state.query.page) } }

    // MARK: - Loading

    private func load(page: Int) {
        cancel()
        token += 1
        let current = token
        state.query = state.query.onPage(page)
        answers = [:]
        state.rows = []
        state.selectedIndex = nil
        state.sources = sessions.map { session in
            let size = min(pageSize, session.provider.features.maxPageSize)
            return AllProvidersState.Source(profile: session.name, provider: session.provider.kind, pageSize: size)
        }
        for (index, session) in sessions.enumerated() {
            var sized = state.query
            sized.pageSize = state.sources[index].pageSize
            let query = sized
            tasks.append(Task { [weak self] in
                let result: Result<InventoryPage, DialtoneError>
                do {
                    result = .success(try await session.provider.searchInventory(query))
                } catch {
                    result = .failure(.wrapping(error, provider: session.provider.kind))
                }
                self?.answered(index, result, token: current)
            })
        }
    }

    private func answered(_ index: Int, _ result: Result<InventoryPage, DialtoneError>, token answered: Int) {
        guard answered == token else { return }
        let profile = state.sources[index].profile
        switch result {
        case .success(let page):
            answers[profile] = page.items
            fetchedAt[profile] = page.fetchedAt
            state.sources[index].phase = .loaded
            state.sources[index].total = page.total
            state.sources[index].hasMore = page.hasMore
        case .failure(let error):
            state.sources[index].phase = .failed(error)
        }
        remerge()
    }

    /// Merges the answers so far, keeping the selected number selected.
    private func remerge() {
        let selected = state.selected
        let rows = state.sources.flatMap { source in
            (answers[source.profile] ?? []).map { MergedRow(profile: source.profile, number: $0) }
        }
        state.rows = AllProvidersState.merged(rows)
        let kept = selected.flatMap { selected in state.rows.firstIndex(of: selected) }
        state.selectedIndex = kept ?? (state.rows.isEmpty ? nil : 0)
    }

    private func cancel() {
        for task in tasks { task.cancel() }
        tasks = []
    }

    /// Waits until every source has answered (tests).
    func settle() async {
        for task in tasks { await task.value }
    }
}
