import Foundation

/// How to start a sandbox: where it listens, which database it uses and what it seeds.
public struct SandboxOptions: Sendable {
    /// Interface to bind; loopback unless told otherwise.
    public var host: String
    /// TCP port; 0 picks a free one (read it back from ``RunningSandbox/baseURL``).
    public var port: Int
    /// `":memory:"` or the path of the SQLite file (created, seeded once, reused).
    public var databasePath: String
    /// How many inventory numbers to seed.
    public var numbers: Int
    /// Extra numbers seeded as owned by each main account (Vobiz and Plivo), for fleet-sized
    /// owned lists; 0 keeps the few every account starts with.
    public var owned: Int
    /// Percent of the inventory stocked by Vobiz (the rest by Plivo); `nil` for each country's
    /// usual mix. 100 makes every number searchable by Vobiz's substring search.
    public var vobizStockPercent: Int?
    /// Seed of the deterministic data generator.
    public var seed: UInt64
    /// Faults injected from the start.
    public var faults: SandboxFaults
    /// How long a released Vobiz number stays `pending_release` (still the account's, its
    /// release cancellable) before it leaves; zero releases at once. Vobiz documents 24 hours.
    public var releaseCooldown: Duration

    public init(
        host: String = "127.0.0.1", port: Int = 0, databasePath: String = ":memory:", numbers: Int = 20_000,
        owned: Int = 0, vobizStockPercent: Int? = nil, seed: UInt64 = 1, faults: SandboxFaults = .none,
        releaseCooldown: Duration = .seconds(24 * 3600)
    ) {
        self.host = host
        self.port = port
        self.databasePath = databasePath
        self.numbers = numbers
        self.owned = owned
        self.vobizStockPercent = vobizStockPercent
        self.seed = seed
        self.faults = faults
        self.releaseCooldown = releaseCooldown
    }

    /// `$XDG_DATA_HOME/dialtone/sandbox.sqlite`, or `~/.local/share/dialtone/sandbox.sqlite`.
    public static func defaultDatabasePath(environment: [String: String]) -> String {
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = xdg
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            dataHome = home + "/.local/share"
        }
        return dataHome + "/dialtone/sandbox.sqlite"
    }
}
