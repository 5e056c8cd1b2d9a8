import DialtoneCore
import DialtoneSandbox
import Foundation

/// Compares the purchase journal with the sandbox's stock, owned list and ledger after a run:
/// every number the journal calls bought is owned, nothing else was bought, no number was
/// bought twice, and each balance dropped by exactly the journalled charges.
struct LedgerAudit {
    struct Result: Sendable {
        var journalBought: Set<String>
        var newlyOwned: Set<String>
        /// Intents whose last line is still `intent` or `unknown`.
        var unresolved: Int
        /// Numbers with more than one intent, or bought more than once.
        var doubleBuys: Int
        var balancesExact: Bool
        var ledgerConsistent: Bool

        /// The journal and the sandbox agree — about at least one purchase: an empty journal
        /// matching an untouched ledger proves nothing.
        var agrees: Bool {
            !journalBought.isEmpty && journalBought == newlyOwned && unresolved == 0 && doubleBuys == 0
                && balancesExact && ledgerConsistent
        }

        var summary: String {
            "journal bought \(journalBought.count), sandbox owns \(newlyOwned.count) new, unresolved \(unresolved), "
                + "double buys \(doubleBuys), balances \(balancesExact ? "exact" : "WRONG"), ledger \(ledgerConsistent ? "consistent" : "INCONSISTENT")"
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
        var bought: [String] = []
        var unresolved = 0
        var charges: [String: Decimal] = [:]
        for lines in byPurchase.values {
            guard let last = lines.last else { continue }
            if !last.state.resolves { unresolved += 1 }
            if [.done, .reconciledBought].contains(last.state) {
                bought.append(last.e164)
                charges[last.currency, default: 0] += (last.setup ?? 0) + (last.monthly ?? 0)
            }
        }
        let intentsPerNumber = Dictionary(grouping: entries.filter { $0.state == .intent }, by: \.e164).values
        let doubleBuys = intentsPerNumber.filter { $0.count > 1 }.count + (bought.count - Set(bought).count)
        let owned = Set(try await provider.ownedNumbers(.all).map(\.e164)).subtracting(ownedBefore)
        var exact = true
        for (currency, before) in balancesBefore {
            let after = try await sandbox.balance(account: SandboxCredentials.vobizMainAuthID, currency: currency)
            if before - after != charges[currency, default: 0] { exact = false }
        }
        return Result(
            journalBought: Set(bought), newlyOwned: owned, unresolved: unresolved, doubleBuys: doubleBuys,
            balancesExact: exact, ledgerConsistent: try await sandbox.ledgerIsConsistent())
    }
}
