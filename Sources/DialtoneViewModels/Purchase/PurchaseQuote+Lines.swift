import DialtoneCore
import Foundation

/// One labelled line of the confirmation dialog.
public struct QuoteLine: Sendable, Hashable {
    /// How a line should stand out.
    public enum Emphasis: Sendable, Hashable { case plain, fee, warning }

    public var label: String
    public var value: String
    public var emphasis: Emphasis
}

extension PurchaseQuote {
    /// The dialog's lines in reading order: what is bought, from whom, what it costs, what it needs.
    public var lines: [QuoteLine] {
        var lines = [
            QuoteLine(label: "Number", value: NumberFormatting.readable(number.e164), emphasis: .plain),
            QuoteLine(label: "Provider", value: number.provider.displayName, emphasis: .plain),
            QuoteLine(label: "Profile", value: "\(profile) (\(maskedAccountID))", emphasis: .plain),
        ]
        if let billedTo {
            lines.append(QuoteLine(label: "Billed to", value: billedTo, emphasis: .plain))
        }
        lines += terms.options.map { QuoteLine(label: $0.label, value: $0.value, emphasis: .plain) }
        if let place = NumberFormatting.place(region: number.region, city: number.city, country: number.country) {
            lines.append(QuoteLine(label: "Region", value: place, emphasis: .plain))
        }
        lines.append(QuoteLine(label: "Capabilities", value: NumberFormatting.capabilities(number.capabilities), emphasis: .plain))
        lines += [
            QuoteLine(label: "Setup fee", value: NumberFormatting.fee(number.setupFee), emphasis: number.setupFee == nil ? .warning : .fee),
            QuoteLine(label: "Monthly fee", value: NumberFormatting.fee(number.monthlyFee), emphasis: number.monthlyFee == nil ? .warning : .fee),
            QuoteLine(label: "Charged now", value: NumberFormatting.fee(chargedNow), emphasis: chargedNow == nil ? .warning : .fee),
            QuoteLine(label: "Then monthly", value: NumberFormatting.fee(recurringMonthly), emphasis: recurringMonthly == nil ? .warning : .fee),
        ]
        let months = number.requirements.minimumCommitmentMonths
        if months > 0 {
            lines.append(QuoteLine(label: "Commitment", value: "\(NumberFormatting.fee(commitmentTotal)) (\(Plural.count(months, "month")))", emphasis: .fee))
        }
        if chargedNow == nil {
            lines.append(QuoteLine(label: "Note", value: "\(number.provider.displayName) did not state every fee: the charge is unknown", emphasis: .warning))
        }
        lines += requirements.map { QuoteLine(label: "Requires", value: $0, emphasis: .warning) }
        if number.requirements.needsDocuments {
            lines.append(QuoteLine(label: "Note", value: "may stay pending until documents are approved", emphasis: .warning))
        }
        lines += balanceLines
        // Labels fit the dialog's label column (14).
        lines += spend.map { QuoteLine(label: $0.period == .day ? "Spent today" : "Month so far", value: "\($0.spent) of \($0.limit)", emphasis: .plain) }
        if let limitRefusal {
            lines.append(QuoteLine(label: "Limit", value: "not bought: \(limitRefusal)", emphasis: .warning))
        }
        if let listingAge {
            lines.append(QuoteLine(label: "Listed", value: NumberFormatting.age(listingAge), emphasis: .plain))
        }
        if !canBuy {
            lines.append(QuoteLine(label: "Buy", value: "\(number.provider.displayName) does not sell through its API", emphasis: .warning))
        }
        return lines
    }

    /// What the receipt says was charged: the provider's figures, else the quote's marked "as quoted".
    public func chargeLines(for receipt: PurchaseReceipt) -> [QuoteLine] {
        let reported = receipt.setupFee != nil || receipt.monthlyFee != nil
        let now = reported ? receipt.setupFee.flatMap { setup in receipt.monthlyFee.flatMap(setup.adding) } : chargedNow
        let monthly = reported ? receipt.monthlyFee : recurringMonthly
        let suffix = reported ? "" : " (as quoted)"
        return [
            QuoteLine(label: "Charged now", value: NumberFormatting.fee(now) + suffix, emphasis: .fee),
            QuoteLine(label: "Then monthly", value: NumberFormatting.fee(monthly) + suffix, emphasis: .fee),
        ]
    }

    private var balanceLines: [QuoteLine] {
        if isCheckingAccount { return [QuoteLine(label: "Balance", value: "checking…", emphasis: .plain)] }
        if billedBalanceHidden {
            return [QuoteLine(label: "Balance", value: "the parent's balance is not visible to a sub-account", emphasis: .plain)]
        }
        guard let balanceBefore else { return [] }
        var lines = [QuoteLine(label: "Balance now", value: balanceBefore.formatted(), emphasis: .plain)]
        if let balanceAfter {
            lines.append(QuoteLine(
                label: "Balance after", value: balanceAfter.formatted(),
                emphasis: exceedsBalance ? .warning : .plain))
        }
        return lines
    }
}
