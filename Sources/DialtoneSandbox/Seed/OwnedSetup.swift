import Foundation
import Synchronization

/// How an owned number is set up — where its calls go, whether it is blocked — derived from its
/// row id like `RecordIdentity`: nothing stored, the same on every run of a seed.
///
/// A third of numbers route to a SIP trunk, a quarter answer with an application, the rest go
/// to neither; one in six is blocked. An account has two trunks and two applications, as real
/// ones have a few, so many numbers share each.
struct OwnedSetup: Sendable {
    enum Route: Sendable, Equatable {
        /// The account's first or second trunk.
        case trunk(Int)
        /// The account's first or second application.
        case application(Int)
        case none
    }

    var route: Route
    var isBlocked: Bool

    init(recordID: Int64) {
        var mixer = SeedRandom(seed: UInt64(bitPattern: recordID) &* 0xD1B5_4A32_D192_ED03 ^ 0x0075_E7A9)
        let roll = mixer.below(12)
        route = roll < 4 ? .trunk(roll % 2) : roll < 7 ? .application(roll % 2) : .none
        isBlocked = mixer.below(6) == 0
    }

    init(_ record: NumberRecord) { self.init(recordID: record.id) }

    /// Vobiz `trunk_group_id`: a UUID naming one of the owner's trunk groups; `nil` on none.
    func trunkGroupID(owner: String) -> String? {
        guard case .trunk(let index) = route else { return nil }
        return Self.accountID(owner, "trunk", index)
    }

    /// Vobiz `application_id`: one of the owner's applications; `nil` on none.
    func vobizApplicationID(owner: String) -> String? {
        guard case .application(let index) = route else { return nil }
        return Self.accountID(owner, "application", index)
    }

    /// Plivo's `application` resource URI (PROVIDERS.md); Plivo has no trunks, so a number
    /// routed anywhere answers with an app (Plivo's app ids are 17 digits). `nil` on none.
    func plivoApplication(accountID: String) -> String? {
        let index: Int
        switch route {
        case .trunk(let number), .application(let number): index = number
        case .none: return nil
        }
        let appID = 10_000_000_000_000_000 + Self.accountKey(accountID, "plivo-app", index).magnitude % 89_999_999_999_999_999
        return "/v1/Account/\(accountID)/Application/\(appID)/"
    }

    /// Agni's SIP trunks, inbound and outbound, for a number routed anywhere; `nil` on none.
    func agniTrunks(recordID: Int64) -> (inbound: String, outbound: String)? {
        guard route != .none else { return nil }
        let suffix = RecordIdentity.uuid(for: recordID).prefix(8)
        return ("inbound_trunk_\(suffix)", "outbound_trunk_\(suffix)")
    }

    /// Vobiz `next_billing_date`: the first monthly anniversary of `purchasedAt` after `now`
    /// (a fee is billed in advance each month); `nil` when the purchase time cannot be read.
    static func nextBilling(after purchasedAt: String, now: Date = Date()) -> String? {
        // A fleet shares a purchase time: the date is worked out once, until it has passed.
        if let known = billing.withLock({ $0[purchasedAt] }), known.due > now { return known.text }
        guard let bought = try? Date(purchasedAt, strategy: .iso8601) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        // Whole months since the purchase, then the anniversary after them (or the one after that).
        let months = max(0, calendar.dateComponents([.month], from: bought, to: now).month ?? 0) + 1
        guard let next = calendar.date(byAdding: .month, value: months, to: bought) else { return nil }
        let due = next > now ? next : calendar.date(byAdding: .month, value: months + 1, to: bought) ?? next
        let text = due.formatted(.iso8601)  // `2027-01-01T09:30:00Z`, as the sandbox writes times
        billing.withLock { $0[purchasedAt] = (due, text) }
        return text
    }

    /// Next billing dates worked out, by purchase time.
    private static let billing = Mutex<[String: (due: Date, text: String)]>([:])

    /// The UUID of the `index`th `kind` (trunk, application) of account `owner`, worked out once:
    /// every listed number on it names it.
    private static func accountID(_ owner: String, _ kind: String, _ index: Int) -> String {
        let key = "\(owner)/\(kind)/\(index)"
        if let known = ids.withLock({ $0[key] }) { return known }
        let id = RecordIdentity.uuid(for: accountKey(owner, kind, index))
        ids.withLock { $0[key] = id }
        return id
    }

    private static let ids = Mutex<[String: String]>([:])

    /// A stable number for the `index`th `kind` (trunk, application) of account `owner`.
    private static func accountKey(_ owner: String, _ kind: String, _ index: Int) -> Int64 {
        // FNV-1a: Swift's own hashing is seeded per process, and these must not change.
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in "\(owner)/\(kind)/\(index)".utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0100_0000_01B3
        }
        return Int64(bitPattern: hash)
    }
}
