import Foundation

extension JournalContents {
    /// Release fees in `currency` that releases reported charged at or after `since`, less the
    /// fees cancelled releases reported refunded in that time.
    ///
    /// Only a `done` line states a fee or a refund (a reconciled release learned no amount), and
    /// each counts at that line's time, when the provider charged or refunded it. A release
    /// charged before `since` and refunded after it makes the sum negative: the refund is money
    /// back in that period.
    public func releaseFees(currency: String, since: Date) -> Decimal {
        var counted = Set<UUID>()
        var total = Decimal(0)
        for entry in entries where entry.state == .done && entry.time >= since {
            guard entry.currency.uppercased() == currency.uppercased(), counted.insert(entry.id).inserted else { continue }
            // Only releases and their cancellations move fees; purchases and other kinds are counted elsewhere.
            if entry.kind == .release { total += entry.releaseFee ?? 0 }
            if entry.kind == .cancelRelease { total -= entry.refunded ?? 0 }
        }
        return total
    }
}
