import Foundation

/// One purchase or release as the journal tells it: when, by whom, what, for how much, and how
/// it ended.
public struct HistoryRow: Sendable, Hashable {
    /// How it ended, as far as the journal knows.
    public enum Outcome: String, Sendable, Hashable {
        case bought, notBought = "not_bought", released, notReleased = "not_released", failed
        /// A cancelled release went through: the number is active again.
        case restored
        /// A cancelled release did not go through: still pending, or already gone.
        case notRestored = "not_restored"
        /// A routing change went through: the number routes as asked.
        case assigned
        /// A routing change did not go through: the number routes as it did, or is gone.
        case notAssigned = "not_assigned"
        /// No outcome written yet: in flight, or waiting to be reconciled.
        case unknown

        /// `not bought`, for people.
        public var label: String { rawValue.replacingOccurrences(of: "_", with: " ") }
    }

    public var id: UUID
    /// When the intent was written (just before the request).
    public var time: Date
    public var kind: JournalEntry.Kind
    public var profile: String
    public var provider: ProviderKind
    public var e164: String
    /// A purchase's setup plus first month as the spend limits count it (the confirmed amounts,
    /// or the reported ones where more), or a release's fee; `nil` when not stated (and for a
    /// cancelled release, whose refund the message states).
    public var chargedNow: Money?
    /// The monthly fee the purchase starts or the release stops; `nil` when not stated.
    public var monthly: Money?
    public var outcome: Outcome
    /// Learned from the owned list after the provider's answer was lost.
    public var reconciled: Bool
    /// The provider's words, or the reconciliation's.
    public var message: String?
    /// For a routing change: where the number routed before (`nil`: nowhere).
    public var routeFrom: RouteTarget?
    /// For a routing change: where it was to route (`nil`: detached).
    public var routeTo: RouteTarget?
}

extension JournalContents {
    /// Every purchase and release whose intent was written at or after `since`, oldest first.
    public func history(since: Date? = nil) -> [HistoryRow] {
        var order: [UUID] = []
        var latest: [UUID: (intent: JournalEntry, last: JournalEntry)] = [:]
        for entry in entries {
            if entry.state == .intent {
                guard latest[entry.id] == nil, since.map({ entry.time >= $0 }) ?? true else { continue }
                order.append(entry.id)
                latest[entry.id] = (entry, entry)
            } else if let current = latest[entry.id], !current.last.state.resolves {
                latest[entry.id] = (current.intent, entry)
            }
        }
        return order.compactMap { latest[$0] }.map { Self.row($0.intent, last: $0.last) }
    }

    /// Charged now this month (local time) per currency, by every purchase counted as
    /// `spent(currency:since:matching:)` counts it, sorted by currency code.
    public func monthSpend(now: Date, calendar: Calendar = .current) -> [Money] {
        let since = SpendPeriod.month.start(of: now, calendar: calendar)
        let currencies = Set(entries.filter { $0.kind == .purchase && !$0.currency.isEmpty }.map { $0.currency.uppercased() })
        return currencies.sorted().map { Money(spent(currency: $0, since: since, matching: { _ in true }), $0) }
    }

    private static func row(_ intent: JournalEntry, last: JournalEntry) -> HistoryRow {
        let money = { (amount: Decimal?) in amount.flatMap { last.currency.isEmpty ? nil : Money($0, last.currency) } }
        let charged: Money? = if intent.kind == .assign {
            nil
        } else if intent.kind == .release {
            money(last.releaseFee)
        } else if let setup = last.countedSetup, let monthly = last.countedMonthly {
            money(setup + monthly)
        } else {
            nil
        }
        return HistoryRow(
            id: intent.id, time: intent.time, kind: intent.kind, profile: intent.profile, provider: intent.provider,
            e164: intent.e164, chargedNow: charged, monthly: intent.kind == .assign ? nil : money(last.countedMonthly),
            outcome: outcome(of: last), reconciled: last.state.isReconciled, message: last.message,
            routeFrom: intent.routeFrom, routeTo: intent.routeTo)
    }

    private static func outcome(of last: JournalEntry) -> HistoryRow.Outcome {
        switch last.state {
        case .intent, .unknown: .unknown
        case .failed: .failed
        case .done:
            switch last.kind {
            case .purchase: .bought
            case .release: .released
            case .cancelRelease: .restored
            case .assign: .assigned
            }
        case .reconciledBought: .bought
        case .reconciledNotBought: .notBought
        case .reconciledReleased: .released
        case .reconciledNotReleased: .notReleased
        case .reconciledRestored: .restored
        case .reconciledNotRestored: .notRestored
        case .reconciledAssigned: .assigned
        case .reconciledNotAssigned: .notAssigned
        }
    }
}
