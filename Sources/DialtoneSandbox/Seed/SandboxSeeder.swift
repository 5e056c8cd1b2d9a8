import GRDB

/// Fills an empty database with accounts, balances, trunks and applications, the inventory and a
/// few owned numbers per account, routed as `OwnedSetup` says.
enum SandboxSeeder {
    /// Seeds what `plan` says from `seed`, deterministically, in the caller's one transaction.
    static func seed(_ db: Database, plan seedPlan: SeedPlan, seed: UInt64) throws {
        try SandboxSchema.create(db)
        try RoutingCatalogue.insert(db)
        for account in SandboxAccount.all {
            for (currency, opening) in account.openingBalances {
                try db.execute(
                    sql: "INSERT INTO balances (account_id, currency, opening, balance) VALUES (?, ?, ?, ?)",
                    arguments: [account.id, currency, opening.value, opening.value])
            }
        }
        let insert = try db.makeStatement(
            sql: "INSERT INTO numbers (\(NumberRecord.columns)) VALUES (\(Array(repeating: "?", count: NumberRecord.columnCount).joined(separator: ",")))"
        )
        // Bound without GRDB's per-row check of the arguments against the statement: they are
        // `NumberRecord.columns` by construction, and the check was a tenth of seeding a fleet.
        func insertRow(_ row: NumberRecord) throws {
            insert.setUncheckedArguments(row.insertArguments)
            try insert.execute()
        }
        var generator = InventoryGenerator(seed: seed)
        var grams: [String: [Substring: Int]] = [:]
        var nextID: Int64 = 1
        let plans = CountryPlan.all
        for (plan, share) in zip(plans, InventoryGenerator.shares(of: seedPlan.numbers, plans: plans)) {
            let provider = InventoryGenerator.stockProvider(country: plan.iso, vobizPercent: seedPlan.vobizStockPercent)
            var rows = generator.numbers(for: plan, count: share, provider: provider)
            OwnedSeed.assign(&rows, country: plan.iso)
            var countryGrams: [Substring: Int] = [:]
            for var row in rows {
                row.id = nextID
                nextID += 1
                if let owner = row.owner { OwnedSetup.seedRouting(&row, routes: RoutingCatalogue.routes(of: owner)) }
                try insertRow(row)
                if row.provider == .vobiz, row.owner == nil {
                    for gram in SandboxSchema.shortGrams(of: row.e164) { countryGrams[gram, default: 0] += 1 }
                }
            }
            grams[plan.iso] = countryGrams
        }
        // A fleet is drawn from the weighted countries only, so it holds exactly `owned` numbers.
        let fleetPlans = plans.filter { $0.weight > 0 }
        for owner in seedPlan.owned > 0 ? OwnedSeed.fleetOwners : [] {
            let routes = RoutingCatalogue.routes(of: owner.id)
            for (plan, share) in zip(fleetPlans, InventoryGenerator.shares(of: seedPlan.owned, plans: fleetPlans)) {
                for var row in generator.numbers(for: plan, count: share, provider: { _ in owner.provider }) {
                    row.id = nextID
                    nextID += 1
                    row.owner = owner.id
                    row.purchasedAt = OwnedSeed.purchasedAt
                    OwnedSetup.seedRouting(&row, routes: routes)
                    try insertRow(row)
                }
            }
        }
        try db.execute(
            sql: """
                INSERT INTO numbers_fts (rowid, e164, country_key)
                SELECT id, e164, country_key FROM numbers
                WHERE provider = 'vobiz' AND owner IS NULL AND status = 'active'
                """)
        let insertGram = try db.makeStatement(sql: "INSERT INTO stock_grams (country, gram, available) VALUES (?, ?, ?)")
        for (country, counts) in grams {
            for (gram, count) in counts { try insertGram.execute(arguments: [country, String(gram), count]) }
        }
        try db.execute(sql: "INSERT INTO numbers_fts (numbers_fts) VALUES ('optimize')")
    }
}

/// What a sandbox database is seeded with.
struct SeedPlan: Sendable {
    /// Inventory numbers.
    var numbers: Int
    /// Extra owned numbers per main account (`OwnedSeed.fleetOwners`).
    var owned = 0
    /// Percent of the inventory Vobiz stocks; `nil` for each country's usual mix.
    var vobizStockPercent: Int?

    /// What tells two seedings apart (the plain count alone for the default plan, as before).
    var fingerprint: String {
        "\(numbers)" + (owned > 0 ? "/owned \(owned)" : "") + (vobizStockPercent.map { "/vobiz \($0)%" } ?? "")
    }
}

/// Which seeded numbers start out owned, so every account's owned view has something in it.
enum OwnedSeed {
    static let purchasedAt = "2025-12-01T09:30:00Z"

    /// The accounts `sandbox serve --owned N` gives N more numbers each: the main accounts,
    /// whose lists page (Agni's list has no paging, and sub-accounts' numbers show under their parent).
    static var fleetOwners: [SandboxAccount] {
        SandboxAccount.all.filter { $0.parentID == nil && $0.provider != .agni }
    }

    /// In the US, India and the UK: three Vobiz-stocked numbers go to the Agni account (one inactive),
    /// two to each main account and one to each sub-account.
    static func assign(_ rows: inout [NumberRecord], country: String) {
        guard ["US", "IN", "GB"].contains(country) else { return }
        var owners: [Provider: [String]] = [
            .vobiz: ["AGNI_SANDBOX", "AGNI_SANDBOX", "AGNI_SANDBOX"]
                + [SandboxCredentials.vobizMainAuthID, SandboxCredentials.vobizMainAuthID, SandboxCredentials.vobizSubAuthID],
            .plivo: [SandboxCredentials.plivoMainAuthID, SandboxCredentials.plivoMainAuthID, SandboxCredentials.plivoSubAuthID],
        ]
        var agniSeen = 0
        for index in rows.indices where rows[index].type != .tollfree {
            let provider = rows[index].provider
            guard let owner = owners[provider]?.first else { continue }
            owners[provider]?.removeFirst()
            rows[index].owner = owner
            rows[index].purchasedAt = purchasedAt
            if owner == "AGNI_SANDBOX" {
                rows[index].provider = .agni
                agniSeen += 1
                if agniSeen == 3 { rows[index].status = "inactive" }
            }
        }
    }
}
