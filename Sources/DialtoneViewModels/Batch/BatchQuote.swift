import DialtoneCore
import Foundation

/// The combined quote of a batch: each number, totals per currency, balances, spend limits.
public struct BatchQuote: Sendable, Equatable {
    /// Charged now (setup plus first month) per currency.
    public var chargedNow: CurrencyTotals
    /// Then monthly per currency.
    public var monthly: CurrencyTotals
    /// Balance before, per profile and currency, when the provider tells it.
    public var balances: [Balance] = []
    /// The account lookups are still running.
    public var isCheckingAccounts = true
    /// Where each profile's limits stand, in the currencies of the batch.
    public var spend: [SpendStanding] = []
    /// Why a spend limit forbids the batch, with the figures; `nil` when none does.
    public var limitRefusal: String?
    /// Every number's provider sells through its API.
    public var canBuy: Bool
    /// Each buying profile with its account (masked) and who pays, when not that account.
    public var accounts: [String]
    /// Each number that needs documents, verification or a minimum commitment, with what.
    public var requirements: [String]

    /// A profile's balance in one currency and what the batch leaves of it.
    public struct Balance: Sendable, Equatable {
        public var profile: String
        public var before: Money
        /// `nil` when a charge in its currency is unknown.
        public var after: Money?
    }

    init(items: [BatchPurchaseState.Item], sessions: [ProfileSession]) {
        chargedNow = CurrencyTotals(items.map(\.number.chargedNow))
        monthly = CurrencyTotals(items.map(\.number.monthlyFee))
        canBuy = sessions.allSatisfy(\.provider.features.canBuy)
        var seen = Set<String>()
        accounts = sessions.filter { seen.insert($0.name).inserted }.map { session in
            let payer: String
            switch session.provider.purchaseTerms.billing {
            case .ownAccount: payer = ""
            case .parentAccount: payer = "; its parent main account pays"
            case .mainAccount: payer = session.provider.purchaseTerms.billing.payer.map { "; \($0) pays" } ?? ""
            }
            return "\(session.name) (\(Redactor.maskIdentifier(session.provider.accountID)))\(payer)"
        }
        requirements = items.compactMap { item in
            // The commitment first: it is money, and a narrow dialog cuts the end of the line.
            let needs = item.number.requirements.lines.sorted { $0.hasPrefix("minimum commitment") && !$1.hasPrefix("minimum commitment") }
            return needs.isEmpty ? nil : "\(NumberFormatting.readable(item.number.e164)): \(needs.joined(separator: "; "))"
        }
    }

    /// The totals lines of the dialog, below the list of numbers.
    public var lines: [QuoteLine] {
        var lines = accounts.map { QuoteLine(label: "Account", value: $0, emphasis: .plain) }
        lines += [
            QuoteLine(label: "Charged now", value: chargedNow.summary, emphasis: chargedNow.unknownCount > 0 ? .warning : .fee),
            QuoteLine(label: "Then monthly", value: monthly.summary, emphasis: monthly.unknownCount > 0 ? .warning : .fee),
        ]
        lines += requirements.map { QuoteLine(label: "Needs", value: $0, emphasis: .warning) }
        if isCheckingAccounts { lines.append(QuoteLine(label: "Balance", value: "checking…", emphasis: .plain)) }
        for balance in balances {
            let after = balance.after.map { " → \($0) after" } ?? ""
            let low = (balance.after?.amount ?? 0) < 0
            lines.append(QuoteLine(label: "Balance", value: "\(balance.profile) \(balance.before)\(after)", emphasis: low ? .warning : .plain))
        }
        lines += spend.map { QuoteLine(label: "Spent \($0.period.spentName)", value: "\($0.spent) of \($0.limit)", emphasis: .plain) }
        if let limitRefusal {
            lines.append(QuoteLine(label: "Limit", value: "nothing bought: \(limitRefusal)", emphasis: .warning))
        }
        if !canBuy { lines.append(QuoteLine(label: "Buy", value: "a provider here does not sell through its API", emphasis: .warning)) }
        return lines
    }
}
