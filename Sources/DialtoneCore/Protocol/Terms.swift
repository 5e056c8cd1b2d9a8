/// Compares what a confirmation showed with what the provider says just before sending: every
/// term counts, not only the price.
enum Terms {
    /// What changed between `confirmed` and `current`, in words, or `nil` when nothing did:
    /// currency, setup and monthly fees, requirements (documents, Aadhaar, minimum commitment).
    static func change(from confirmed: PhoneNumber, to current: PhoneNumber) -> String? {
        var changes: [String] = []
        if confirmed.currency != current.currency {
            changes.append("price changed: the currency went from \(confirmed.currency) to \(current.currency)")
        }
        if confirmed.setupFee != current.setupFee {
            changes.append("price changed: the setup fee went from \(fee(confirmed.setupFee)) to \(fee(current.setupFee))")
        }
        if confirmed.monthlyFee != current.monthlyFee {
            changes.append("price changed: the monthly fee went from \(fee(confirmed.monthlyFee)) to \(fee(current.monthlyFee))")
        }
        let (before, after) = (confirmed.requirements, current.requirements)
        if before.minimumCommitmentMonths != after.minimumCommitmentMonths {
            changes.append("the minimum commitment changed from \(months(before.minimumCommitmentMonths)) to \(months(after.minimumCommitmentMonths))")
        }
        var withoutCommitment = (before, after)
        withoutCommitment.0.minimumCommitmentMonths = 0
        withoutCommitment.1.minimumCommitmentMonths = 0
        if withoutCommitment.0 != withoutCommitment.1 {
            let now = after.lines.filter { !$0.hasPrefix("minimum commitment") }
            changes.append("the requirements changed to \(now.isEmpty ? "none" : now.joined(separator: "; "))")
        }
        return changes.isEmpty ? nil : changes.joined(separator: "; ")
    }

    /// What changed between the owned entry a release confirmation showed and the account's
    /// entry now: the monthly fee that stops, and the status.
    static func change(from confirmed: OwnedNumber, to current: OwnedNumber) -> String? {
        var changes: [String] = []
        if confirmed.monthlyFee != current.monthlyFee {
            changes.append("the monthly fee changed from \(fee(confirmed.monthlyFee)) to \(fee(current.monthlyFee))")
        }
        if confirmed.status != current.status {
            changes.append("its status changed from \(confirmed.status.label) to \(current.status.label)")
        }
        return changes.isEmpty ? nil : changes.joined(separator: "; ")
    }

    private static func fee(_ money: Money?) -> String { money?.description ?? "unknown" }

    private static func months(_ count: Int) -> String { count == 0 ? "none" : Plural.count(count, "month") }
}
