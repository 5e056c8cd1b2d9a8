import Foundation
import GRDB
import Logging

/// What every route needs: the database, the live faults and a clock for timestamps.
struct SandboxState: Sendable {
    let database: any DatabaseWriter
    let faults: FaultInjector
    let logger: Logger
    /// How long a released Vobiz number stays pending before it leaves the account.
    let releaseCooldown: Duration
    /// Owned listings paged from memory between changes.
    let ownedListings = OwnedListingCache()
    /// When the next release cooldown ends.
    let cooldowns = CooldownWatch()

    /// Now, as the providers write timestamps (`2026-03-25T10:00:00Z`).
    func timestamp() -> String {
        SandboxClock.timestamp(Date())
    }

    /// Lets every pending release whose cooldown has ended leave its account, before a request
    /// reads or changes anything. A write only when one is due.
    func completeDueReleases() async throws {
        let now = Date()
        guard cooldowns.isDue(at: now) else { return }
        let next = try await database.write { db in try ReleaseStore.completeDue(now: now, db) }
        cooldowns.reset(to: next)
    }
}

extension SandboxState {
    /// Reprices `e164` while it is in stock; the next purchase is charged the new fees.
    func setFees(e164: String, setup: Decimal, monthly: Decimal) async throws {
        guard let setupUnits = MinorUnits(exactly: setup), let monthlyUnits = MinorUnits(exactly: monthly),
              setupUnits >= .zero, monthlyUnits >= .zero else {
            throw WireError.badRequest("fees must be non-negative amounts with at most five decimals")
        }
        let changed = try await database.write { db in
            try db.execute(
                sql: "UPDATE numbers SET setup_fee = ?, monthly_fee = ? WHERE e164 = ? AND owner IS NULL",
                arguments: [setupUnits.value, monthlyUnits.value, e164])
            return db.changesCount
        }
        guard changed == 1 else { throw WireError.notFound("\(e164) is not in stock") }
    }
}
