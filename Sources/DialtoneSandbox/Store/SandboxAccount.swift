/// A test account: who it is, how it signs in, who pays for it, and what it starts with.
struct SandboxAccount: Sendable {
    var id: String
    var provider: Provider
    var token: String
    /// The main account billed for this one's purchases, if it is a sub-account.
    var parentID: String?
    var name: String
    /// Opening balance per currency, in minor units.
    var openingBalances: [String: MinorUnits]

    /// The account that pays for this one's purchases.
    var payerID: String { parentID ?? id }

    /// Every account the sandbox knows.
    static let all: [SandboxAccount] = [
        SandboxAccount(
            id: SandboxCredentials.vobizMainAuthID, provider: .vobiz, token: SandboxCredentials.vobizMainToken,
            name: "Dialtone Sandbox (Vobiz main)",
            openingBalances: ["INR": .init(units: 250_000), "USD": .init(units: 2_500), "EUR": .init(units: 2_000)]
        ),
        SandboxAccount(
            id: SandboxCredentials.vobizSubAuthID, provider: .vobiz, token: SandboxCredentials.vobizSubToken,
            parentID: SandboxCredentials.vobizMainAuthID, name: "Dialtone Sandbox (Vobiz sub-account)",
            openingBalances: ["INR": .init(units: 1_000), "USD": .init(units: 10), "EUR": .init(units: 10)]
        ),
        SandboxAccount(
            id: SandboxCredentials.plivoMainAuthID, provider: .plivo, token: SandboxCredentials.plivoMainToken,
            name: "Dialtone Sandbox (Plivo main)", openingBalances: ["USD": .init(units: 500)]
        ),
        SandboxAccount(
            id: SandboxCredentials.plivoSubAuthID, provider: .plivo, token: SandboxCredentials.plivoSubToken,
            parentID: SandboxCredentials.plivoMainAuthID, name: "Dialtone Sandbox (Plivo sub-account)",
            openingBalances: [:]
        ),
        SandboxAccount(
            id: "AGNI_SANDBOX", provider: .agni, token: SandboxCredentials.agniAPIKey,
            name: "Dialtone Sandbox (Agni)", openingBalances: ["USD": .init(units: 100)]
        ),
    ]

    /// The account of `provider` whose ID is `id`.
    static func find(id: String, provider: Provider) -> SandboxAccount? {
        all.first { $0.id == id && $0.provider == provider }
    }

    /// The account of `provider` signing in with `token`.
    static func find(token: String, provider: Provider) -> SandboxAccount? {
        all.first { $0.token == token && $0.provider == provider }
    }

    /// This account and its sub-accounts.
    var family: [String] { [id] + Self.all.filter { $0.parentID == id }.map(\.id) }
}
