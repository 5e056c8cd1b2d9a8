import DialtoneCore
import DialtoneSandbox
import Foundation

/// Compares the purchase journal with the sandbox's stock, owned list and ledger after a run:
/// every number the journal calls bought (and not released since) is owned, nothing else was
/// bought, no number was bought twice, and each balance dropped by exactly the journalled charges.
///
/// Every balance the audit is about must be read, before and after: one that could not be read
/// is a finding, never a balance left out of the comparison.
struct LedgerAudit {
    struct Result: Sendable {
        var journalBought: Set<String>
        /// Numbers whose release the journal calls done or reconciled as released.
        var journalReleased: Set<String>
        var newlyOwned: Set<String>
        /// Intents whose last line is still `intent` or `unknown`.
        var unresolved: Int
        /// Purchase intents written while an earlier purchase of the same number was unsettled
        /// or bought and not released: a second POST that could have bought it twice.
        var doubleBuys: Int
        /// The currencies whose balance was read before and after the run.
        var balancesRead: [String]
        /// Why the balances are not exact: a balance unread, a currency charged whose balance
        /// was not read, a drop unlike the journalled charges. Empty when they are exact.
        var balanceFindings: [String]
        var ledgerConsistent: Bool

        /// Every balance the audit is about was read, before and after, and dropped by exactly
        /// the journalled charges.
        var balancesExact: Bool { balanceFindings.isEmpty && !balancesRead.isEmpty }

        /// What the journal says the account holds now.
        var journalHolds: Set<String> { journalBought.subtracting(journalReleased) }

        /// The journal and the sandbox agree — about at least one purchase: an empty journal
        /// matching an untouched ledger proves nothing.
        var agrees: Bool {
            !journalBought.isEmpty && journalHolds == newlyOwned && unresolved == 0 && doubleBuys == 0
                && balancesExact && ledgerConsistent
        }

        var balanceSummary: String {
            balancesExact
                ? "balances exact (\(balancesRead.joined(separator: ", ")) read)"
                : "balances WRONG: \(balanceFindings.isEmpty ? "none read" : balanceFindings.joined(separator: "; "))"
        }

        var summary: String {
            "journal bought \(journalBought.count)\(journalReleased.isEmpty ? "" : ", released \(journalReleased.count)"), "
                + "sandbox owns \(newlyOwned.count) new, unresolved \(unresolved), double buys \(doubleBuys), "
                + "\(balanceSummary), ledger \(ledgerConsistent ? "consistent" : "INCONSISTENT")"
        }
    }

    let sandbox: RunningSandbox
    let provider: any NumberProvider
    /// The account whose balances pay for the purchases (sub-accounts bill it).
    let payer: String
    /// The currencies the audit is about.
    let currencies: [String]
    private let ownedBefore: Set<String>
    private let balancesBefore: [String: Decimal]
    /// Balances that could not be read before the run, with the reason.
    private let unreadBefore: [String]

    /// Records the owned list and the payer's balance in each of `currencies` before the run.
    init(
        sandbox: RunningSandbox, provider: any NumberProvider, currencies: [String],
        payer: String = SandboxCredentials.vobizMainAuthID
    ) async throws {
        self.sandbox = sandbox
        self.provider = provider
        self.payer = payer
        self.currencies = Array(Set(currencies)).sorted()
        ownedBefore = try await Self.ownedNow(provider)
        var balances: [String: Decimal] = [:]
        var unread: [String] = []
        for currency in self.currencies {
            do {
                balances[currency] = try await sandbox.balance(account: payer, currency: currency)
            } catch {
                unread.append("\(currency) unread before the run (\(error))")
            }
        }
        balancesBefore = balances
        unreadBefore = unread
    }

    func verify(journal: PurchaseJournal) async throws -> Result {
        let entries = try journal.read().entries
        let byPurchase = Dictionary(grouping: entries, by: \.id)
        var bought: Set<String> = []
        var released: Set<String> = []
        var unresolved = 0
        var charges: [String: Decimal] = [:]
        for lines in byPurchase.values {
            guard let last = lines.last else { continue }
            if !last.state.resolves { unresolved += 1 }
            switch (last.kind, last.state) {
            case (.purchase, .done), (.purchase, .reconciledBought):
                bought.insert(last.e164)
                charges[last.currency, default: 0] += (last.setup ?? 0) + (last.monthly ?? 0)
            case (.release, .done), (.release, .reconciledReleased):
                released.insert(last.e164)
            default:
                break
            }
        }
        let owned = try await Self.ownedNow(provider).subtracting(ownedBefore)
        let (read, findings) = await compareBalances(charges: charges)
        return Result(
            journalBought: bought, journalReleased: released, newlyOwned: owned, unresolved: unresolved,
            doubleBuys: Self.doubleBuys(entries), balancesRead: read, balanceFindings: findings,
            ledgerConsistent: try await sandbox.ledgerIsConsistent())
    }

    /// Reads every balance again and compares its drop with `charges`: returns the currencies
    /// read both times and what was found wrong.
    private func compareBalances(charges: [String: Decimal]) async -> (read: [String], findings: [String]) {
        var findings = unreadBefore
        if currencies.isEmpty { findings.append("the audit was given no currency to check") }
        for currency in charges.keys.sorted() where !currencies.contains(currency) {
            findings.append("\(currency) charged, but its balance was not among those audited")
        }
        var read: [String] = []
        for (currency, before) in balancesBefore.sorted(by: { $0.key < $1.key }) {
            do {
                let after = try await sandbox.balance(account: payer, currency: currency)
                read.append(currency)
                let charged = charges[currency, default: 0]
                if before - after != charged { findings.append("\(currency) dropped by \(before - after), journalled \(charged)") }
            } catch {
                findings.append("\(currency) unread after the run (\(error))")
            }
        }
        return (read, findings)
    }

    /// The numbers the account owns now, from a list read whole: an audit against a partial
    /// list would prove nothing.
    private static func ownedNow(_ provider: any NumberProvider) async throws -> Set<String> {
        let list = try await provider.ownedNumberList(.all)
        if let reason = list.incompleteReason { throw BenchmarkFailure("the audit's owned list was read only in part: \(reason)") }
        if list.skippedEntries > 0 {
            throw BenchmarkFailure("the audit's owned list had \(list.skippedEntries) unreadable entries")
        }
        return Set(list.numbers.map(\.e164))
    }

    /// Walks the journal in order: a purchase intent for a number whose earlier purchase is
    /// still open (unsettled, or bought and not released since) counts once.
    static func doubleBuys(_ entries: [JournalEntry]) -> Int {
        var open: Set<String> = []
        var count = 0
        for entry in entries {
            switch (entry.kind, entry.state) {
            case (.purchase, .intent):
                if !open.insert(entry.e164).inserted { count += 1 }
            case (.purchase, .failed), (.purchase, .reconciledNotBought), (.release, .done), (.release, .reconciledReleased):
                open.remove(entry.e164)
            default:
                break
            }
        }
        return count
    }
}
