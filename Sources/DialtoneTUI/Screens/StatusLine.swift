import DialtoneCore
import Foundation
import DialtoneViewModels

/// The status bar's content: provider and profile, active filters, paging, the spinner, and
/// the newest error or notice.
enum StatusLine {
    static func bar(_ snapshot: AppSnapshot, frame: FrameState) -> StatusBar {
        var left: [StatusBar.Segment] = []
        if let profile = snapshot.activeProfile {
            left.append(.init("\(profile.provider.displayName) \(profile.maskedAccountID)"))
        }
        if snapshot.isSandbox { left.append(.init("SANDBOX", role: .badge)) }
        var right: [StatusBar.Segment] = []
        let notice = frame.notice.map { StatusBar.Segment($0, role: .warning) }
        switch snapshot.screen {
        case .inventory where snapshot.allProviders.isActive:
            let state = snapshot.allProviders
            left.append(.init("all providers", role: .accent))
            if notice == nil { left += filters(state.query, sort: "charge now per currency").map { .init($0) } }
            if state.isLoading { right.append(.init("\(frame.spinner) loading", role: .accent)) }
            right.append(.init(state.pageLabel, role: state.sources.contains { if case .failed = $0.phase { true } else { false } } ? .warning : .statusBar))
        case .inventory:
            let state = snapshot.inventory
            // A notice lasts until the next key: the filters give it their room.
            if notice == nil { left += filters(state.query, sort: state.sort.label).map { .init($0) } }
            if notice == nil, state.filtersLocally { left.append(.init(state.localFilterNote ?? "filtered here", role: .warning)) }
            if notice == nil, let searchNote = state.searchNote { left.append(.init(searchNote, role: .warning)) }
            if let savedAt = state.cachedAt { right.append(savedMark(savedAt, frame: frame)) }
            if state.isLoading { right.append(.init("\(frame.spinner) loading", role: .accent)) }
            if let marks = state.marks.label { right.append(.init(marks, role: .accent)) }
            if let page = state.pageLabel { right.append(.init(page)) }
        case .owned:
            let state = snapshot.owned
            var filters: [String] = []
            if let country = state.filter.country { filters.append("country \(country)") }
            if state.filter.status != .all { filters.append(state.filter.status.filterLabel) }
            if !state.filter.text.isEmpty { filters.append("/\(state.filter.text)") }
            filters.append("sort \(state.sort.label)")
            if notice == nil { left += filters.map { .init($0) } }
            if let savedAt = state.cachedAt { right.append(savedMark(savedAt, frame: frame)) }
            if let loading = state.loadingLabel { right.append(.init("\(frame.spinner) \(loading)", role: .accent)) }
            if let marks = state.marksLabel { right.append(.init(marks, role: .accent)) }
            right.append(.init(state.summary, role: state.partial.isEmpty ? .statusBar : .warning))
        case .history:
            right.append(.init(Plural.count(snapshot.history.rows.count, "entry")))
        case .costs:
            right.append(.init(snapshot.costs.summary))
        }
        if notice == nil, let error = currentError(snapshot) {
            left.append(.init(error, role: .error))
        } else if notice == nil, let message = snapshot.lastMessage, message.level == .info {
            left.append(.init(message.text))
        }
        return StatusBar(left: left, right: right, notice: notice)
    }

    /// `saved 2 min ago`: the rows are what an earlier run saved, shown while they are read again.
    private static func savedMark(_ savedAt: Date, frame: FrameState) -> StatusBar.Segment {
        StatusBar.Segment("saved \(NumberFormatting.age(frame.now.timeIntervalSince(savedAt)))", role: .warning)
    }

    /// `country IN`, `type mobile`, `/98`, `voice+sms`, `sort monthly fee`.
    static func filters(_ query: InventoryQuery, sort: String) -> [String] {
        var parts: [String] = []
        if let country = query.country { parts.append("country \(country)") }
        if let type = query.type { parts.append("type \(type.label)") }
        if !query.capabilities.isEmpty { parts.append(query.capabilities.sorted().map(\.rawValue).joined(separator: "+")) }
        parts += query.filters.labels
        if !query.search.isEmpty { parts.append("/\(query.search)") }
        parts.append("sort \(sort)")
        return parts
    }

    private static func currentError(_ snapshot: AppSnapshot) -> String? {
        switch snapshot.screen {
        case .inventory:
            if let error = snapshot.inventory.error { return error.description }
            if let notice = snapshot.inventory.notice { return notice }
        case .owned:
            if let failure = snapshot.owned.failures.first {
                return "\(failure.profile): \(failure.error.description)"
            }
            if let partial = snapshot.owned.partial.first { return partial.description }
        case .history:
            if let problem = snapshot.history.problem { return problem }
        case .costs:
            if let problem = snapshot.costs.journalProblem { return problem }
        }
        if let message = snapshot.lastMessage, message.level == .error { return message.text }
        return nil
    }
}
