import Foundation

extension JournalContents {
    /// Charged now (setup plus first month) in `currency` by the purchases `matches` accepts
    /// whose intent was written at or after `since`.
    ///
    /// A purchase counts with what was confirmed (its intent's amounts), or what the provider
    /// reported on its `done` line where that is more, fee by fee; also while its outcome is
    /// unknown or it is still in flight (the safe side). A refused purchase, or one the owned
    /// list showed was not bought, counts nothing. A fee that was not stated counts as nothing.
    public func spent(currency: String, since: Date, matching matches: (JournalEntry) -> Bool) -> Decimal {
        var latest: [UUID: JournalEntry] = [:]
        for entry in entries where entry.kind == .purchase {
            if entry.state == .intent {
                guard entry.time >= since, matches(entry) else { continue }
                latest[entry.id] = latest[entry.id] ?? entry
            } else if let current = latest[entry.id], !current.state.resolves {
                latest[entry.id] = entry
            }
        }
        return latest.values.reduce(Decimal(0)) { total, entry in
            switch entry.state {
            case .failed, .reconciledNotBought, .reconciledReleased, .reconciledNotReleased, .reconciledRestored, .reconciledNotRestored,
                 .reconciledAssigned, .reconciledNotAssigned:
                return total
            case .intent, .unknown, .done, .reconciledBought:
                guard entry.currency.uppercased() == currency.uppercased() else { return total }
                return total + (entry.countedSetup ?? 0) + (entry.countedMonthly ?? 0)
            }
        }
    }
}
