import DialtoneCore
import DialtoneSandbox
import Foundation

/// Compares the purchase journal with the sandbox's stock, owned list and ledger after a run:
/// every number the journal calls bought (and not released since) is owned, nothing else was
/// bought, no number was bought twice, and each balance dropped by exactly the journalled charges.
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
        var balancesExact: Bool
        var ledgerConsistent: Bool

        /// What the journal says the account holds now.
        var journalHolds: Set<String> { journalBought.subtracting(journalReleased) }

        /// The journal and the sandbox agree — about at least one purchase: an empty journal
        /// matching an untouched ledger proves nothing.
        var agrees: Bool {
            !journalBought.isEmpty && journalHolds == newlyOwned && unresolved == 0 && doubleBuys == 0
                && balancesExact && ledgerConsistent
        }

        var summary: String {
            "journal bought \(journalBought.count)\(journalReleased.isEmpty ? "" : ", released \(journalReleased.count)"), "
                + "sandbox owns \(newlyOwned.count) new, unresolved \(unresolved), double buys \(doubleBuys), "
                + "balances \(balancesExact ? "exact" : "WRONG"), ledger \(ledgerConsistent ? "consistent" : "INCONSISTENT")"
        }
    }

    let sandbox: RunningSandbox
    let provider: any NumberProvider
    private let ownedBefore: Set<String>
    private let balancesBefore: [String: Decimal]

    /// Records the owned list and the payer's balances before the run.
    init(sandbox: RunningSandbox, provider: any NumberProvider, currencies: [String]) async throws {
        self.sandbox = sandbox
        self.provider = provider
        ownedBefore = Set(try await provider.ownedNumbers(.all).map(\.e164))
        var balances: [String: Decimal] = [:]
        for currency in currencies {
            balances[currency] = try? await sandbox.balance(account: SandboxCredentials.vobizMainAuthID, currency: currency)
        }
        balancesBefore = balances
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
        let owned = Set(try await provider.ownedNumbers(.all).map(\.e164)).subtracting(ownedBefore)
        var exact = true
        for (currency, before) in balancesBefore {
            let after = try await sandbox.balance(account: SandboxCredentials.vobizMainAuthID, currency: currency)
            if before - after != charges[currency, default: 0] { exact = false }
        }
        return Result(
            journalBought: bought, journalReleased: released, newlyOwned: owned, unresolved: unresolved,
            doubleBuys: Self.doubleBuys(entries), balancesExact: exact, ledgerConsistent: try await sandbox.ledgerIsConsistent())
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
