import GRDB

/// Where each test account's calls can go: its Vobiz SIP trunks and its Plivo applications,
/// fixed (the same on every seed, so an id once copied keeps working), written to `trunks` and
/// `applications` when the database is seeded.
///
/// A Vobiz main account has three trunks and its sub-account one; a Plivo main account has three
/// applications and its sub-account two. Seeded owned numbers are spread over them (`OwnedSetup`).
enum RoutingCatalogue {
    /// Each Vobiz account's trunks, in order.
    static let trunks: [String: [TrunkRecord]] = Dictionary(uniqueKeysWithValues: [
        (SandboxCredentials.vobizMainAuthID, ["Mumbai PBX", "Bengaluru contact centre", "Twilio SIP bridge"]),
        (SandboxCredentials.vobizSubAuthID, ["Pune branch PBX"]),
    ].map { account, names in
        (account, names.enumerated().map { index, name in
            let id = RecordIdentity.uuid(for: key(account, "trunk", index))
            return TrunkRecord(
                id: id, accountID: account, name: name, domain: "\(slug(name))-\(id.prefix(6)).sip.vobiz.ai",
                createdAt: RecordIdentity.createdAt(for: key(account, "trunk", index)))
        })
    })

    /// Each Plivo account's applications, in order.
    static let plivoApplications: [String: [ApplicationRecord]] = Dictionary(uniqueKeysWithValues: [
        (SandboxCredentials.plivoMainAuthID, ["Support IVR", "Sales queue", "Voicemail"]),
        (SandboxCredentials.plivoSubAuthID, ["Support IVR (EU)", "After-hours voicemail"]),
    ].map { account, names in
        (account, names.enumerated().map { index, name in
            // Plivo's app ids are 17 digits.
            let appID = String(10_000_000_000_000_000 + key(account, "plivo-app", index).magnitude % 89_999_999_999_999_999)
            let base = "https://voice.example.com/\(slug(name))"
            return ApplicationRecord(appID: appID, accountID: account, name: name, answerURL: base + "/answer", hangupURL: base + "/hangup")
        })
    })

    /// What one account's numbers can be routed to, as the numbers write it.
    struct Routes: Sendable {
        /// Vobiz: its trunks' ids.
        var trunkIDs: [String] = []
        /// Vobiz: its two applications' `application_id`s (Vobiz applications have no endpoint
        /// here, only the ids numbers carry).
        var vobizApplicationIDs: [String] = []
        /// Plivo: its applications' resource URIs.
        var applicationURIs: [String] = []
    }

    /// What `owner`'s numbers can be routed to, worked out once per seeding of an account's numbers.
    static func routes(of owner: String) -> Routes {
        Routes(
            trunkIDs: trunks[owner]?.map(\.id) ?? [],
            vobizApplicationIDs: (0..<2).map { RecordIdentity.uuid(for: key(owner, "application", $0)) },
            applicationURIs: plivoApplications[owner]?.map(\.resourceURI) ?? [])
    }

    /// Writes every trunk and application (a fresh database's seeding).
    static func insert(_ db: Database) throws {
        for (position, trunk) in trunks.values.flatMap({ Array($0.enumerated()) }) {
            try db.execute(
                sql: "INSERT INTO trunks (\(TrunkRecord.columns), position) VALUES (?, ?, ?, ?, ?, ?, ?)",
                arguments: [trunk.id, trunk.accountID, trunk.name, trunk.domain, trunk.status, trunk.createdAt, position])
        }
        for (position, app) in plivoApplications.values.flatMap({ Array($0.enumerated()) }) {
            try db.execute(
                sql: "INSERT INTO applications (\(ApplicationRecord.columns), position) VALUES (?, ?, ?, ?, ?, ?, ?)",
                arguments: [app.appID, app.accountID, app.name, app.answerURL, app.answerMethod, app.hangupURL, position])
        }
    }

    /// `Bengaluru contact centre` → `bengaluru-contact-centre`.
    private static func slug(_ name: String) -> String {
        name.lowercased().split { !($0.isLetter || $0.isNumber) }.joined(separator: "-")
    }

    /// A stable number for the `index`th `kind` of `owner`: FNV-1a, since Swift's own hashing is
    /// seeded per process and these must not change.
    private static func key(_ owner: String, _ kind: String, _ index: Int) -> Int64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in "\(owner)/\(kind)/\(index)".utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0100_0000_01B3
        }
        return Int64(bitPattern: hash)
    }
}
