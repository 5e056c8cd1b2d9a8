import DialtoneCore
import Foundation

/// A value snapshot of the owned-numbers screen across every configured profile.
public struct OwnedState: Sendable, Equatable {
    /// Rows passing the filter, in `sort` order.
    public var rows = OwnedRows()
    /// Index into `rows`; `nil` exactly when `rows` is empty.
    public var selectedIndex: Int?
    public var filter = OwnedFilter()
    public var sort: OwnedSort = .provider
    /// Monthly cost of the rows shown, one sum per currency, by currency code.
    public var monthlyTotals: [Money] = []
    /// Rows shown whose monthly fee the provider did not state (left out of `monthlyTotals`).
    public var unknownFeeCount = 0
    /// Rows before filtering.
    public var totalCount = 0
    public var isLoading = false
    /// Pages read so far while loading (summed over profiles); `nil` when idle.
    public var loadProgress: ListProgress?
    /// Profiles whose listing failed; the rows hold what the others returned.
    public var failures: [ProviderFailure] = []
    /// Profiles whose listing was read only in part; their rows show, but not all of them.
    public var partial: [PartialListing] = []
    /// Entries the providers listed that could not be read and are left out.
    public var skippedEntries = 0
    public var loadedAt: Date?
    /// Set while the rows shown are the lists saved by an earlier run (the oldest one's time);
    /// cleared when the fresh listings are in. Nothing is released from these rows.
    public var cachedAt: Date?
    /// Numbers marked for one combined release (or routing change); kept by number across
    /// filters, sorts and reloads, dropped once a reload no longer lists them.
    public var marks = Marks<OwnedRow>()
    /// Each profile's trunks or applications, to name where a number routes.
    public var routes = RouteDirectory()

    public init() {}

    /// `3 marked` for the status bar; `nil` without marks.
    public var marksLabel: String? { marks.isEmpty ? nil : "\(marks.count) marked" }

    public var selected: OwnedRow? { selectedIndex.map { rows[$0] } }

    /// `12 of 340 numbers` while a filter hides some, else `340 numbers` (`1 number`).
    public var countLabel: String {
        rows.count == totalCount ? Plural.count(totalCount, "number") : "\(rows.count) of \(Plural.count(totalCount, "number"))"
    }

    /// `12 of 340 numbers · USD 24.00 + INR 1,500.00 monthly`, for the status bar; with the
    /// route-nowhere filter, `12 route nowhere · INR 9,000.00 + USD 14.00 a month`: what the
    /// numbers that answer no call cost.
    public var summary: String {
        if filter.status == .routesNowhere { return routesNowhereSummary }
        let money = monthlyTotals.map { $0.formatted() }.joined(separator: " + ")
        let partly = partial.isEmpty ? "" : " (partial)"
        return "\(countLabel)\(partly)" + (money.isEmpty ? "" : " · \(money) monthly")
            + (SkippedEntries.phrase(skippedEntries).map { " · \($0)" } ?? "")
    }

    /// `12 route nowhere · INR 9,000.00 + USD 14.00 a month · 1 fee unknown`: per currency, never summed across.
    private var routesNowhereSummary: String {
        var parts = ["\(rows.count) route nowhere"]
        if !monthlyTotals.isEmpty { parts.append(monthlyTotals.map { $0.formatted() }.joined(separator: " + ") + " a month") }
        if unknownFeeCount > 0 { parts.append("\(Plural.count(unknownFeeCount, "fee")) unknown") }
        if !partial.isEmpty { parts[0] += " (partial)" }
        return parts.joined(separator: " · ")
    }

    /// `loading 3/1000 pages` while a load is in flight.
    public var loadingLabel: String? {
        guard isLoading else { return nil }
        return loadProgress.map { "loading \($0.label)" } ?? "loading"
    }
}

/// What narrows the owned list.
public struct OwnedFilter: Sendable, Hashable {
    /// Matched case-insensitively against number, place, label, status, type, provider and profile.
    public var text = ""
    /// ISO country code; `nil` for all.
    public var country: String?
    public var status: OwnedStatusFilter = .all

    public init(text: String = "", country: String? = nil, status: OwnedStatusFilter = .all) {
        self.text = text
        self.country = country
        self.status = status
    }
}

/// Status groups for the owned filter (`t`), and the numbers that route nowhere.
public enum OwnedStatusFilter: String, Sendable, Hashable, CaseIterable {
    case all, active, pending, inactive
    /// No trunk and no application: the number costs its fee and answers no call.
    case routesNowhere = "route nowhere"

    /// Whether `number` passes.
    public func admits(_ number: OwnedNumber) -> Bool {
        switch self {
        case .all: true
        case .active: number.status.tone == .good
        case .pending: number.status.tone == .pending
        case .inactive: number.status.tone == .bad
        case .routesNowhere: number.routesNowhere
        }
    }

    /// `status active` for the status bar; `route nowhere` says itself.
    public var filterLabel: String { self == .routesNowhere ? rawValue : "status \(rawValue)" }

    /// The next filter in the cycle.
    public var next: OwnedStatusFilter {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

/// How the owned list is ordered.
public enum OwnedSort: String, Sendable, Hashable, CaseIterable {
    case provider, number, country, status, monthlyFee

    public var label: String { self == .monthlyFee ? "monthly fee" : rawValue }

    public var next: OwnedSort {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// Whether `lhs` sorts before `rhs`; ties fall back to the number.
    func orders(_ lhs: OwnedRow, before rhs: OwnedRow) -> Bool {
        let (a, b) = (lhs.number, rhs.number)
        switch self {
        case .provider: return (a.provider.rawValue, a.e164) < (b.provider.rawValue, b.e164)
        case .number: return a.e164 < b.e164
        case .country: return (a.country, a.e164) < (b.country, b.e164)
        case .status: return (a.status.rawValue, a.e164) < (b.status.rawValue, b.e164)
        case .monthlyFee:
            let (x, y) = (a.monthlyFee?.amount ?? 0, b.monthlyFee?.amount ?? 0)
            return x != y ? x < y : a.e164 < b.e164
        }
    }
}

/// One profile's owned listing that was read only in part, and why.
public struct PartialListing: Sendable, Hashable {
    public var profile: String
    public var provider: ProviderKind
    public var reason: String

    public init(profile: String, provider: ProviderKind, reason: String) {
        self.profile = profile
        self.provider = provider
        self.reason = reason
    }

    /// `work: Vobiz list incomplete — page 7 could not be read…`, for the status bar and body.
    public var description: String { "\(profile): \(provider.displayName) list incomplete — \(reason)" }
}

/// One profile's owned listing that failed.
public struct ProviderFailure: Sendable, Hashable {
    public var profile: String
    public var provider: ProviderKind
    public var error: DialtoneError
}
