import Foundation
import Synchronization

/// How a seeded owned number is set up — where its calls go, whether it is blocked — derived from
/// its row id like `RecordIdentity`: the same on every run of a seed.
///
/// Two thirds of Vobiz numbers sit on one of their account's trunks; of the rest, half answer
/// with one of two applications. Two thirds of Plivo numbers answer with one of their account's
/// applications. The routing is written to the row when it is seeded (`seedRouting`), since it
/// can be changed afterwards; seven in twelve Agni numbers carry SIP trunks, read only, so they
/// are derived on every read. One in six numbers is blocked.
struct OwnedSetup: Sendable {
    /// 0..<12, which decides the routing.
    private let roll: Int
    var isBlocked: Bool

    init(recordID: Int64) {
        var mixer = SeedRandom(seed: UInt64(bitPattern: recordID) &* 0xD1B5_4A32_D192_ED03 ^ 0x0075_E7A9)
        roll = mixer.below(12)
        isBlocked = mixer.below(6) == 0
    }

    init(_ record: NumberRecord) { self.init(recordID: record.id) }

    /// Sets the seeded routing of `record`, owned and with its id, from its owner's `routes`: a
    /// trunk or an application id for Vobiz, an application URI for Plivo; Agni's are not stored.
    static func seedRouting(_ record: inout NumberRecord, routes: RoutingCatalogue.Routes) {
        let roll = OwnedSetup(record).roll
        switch record.provider {
        case .vobiz:
            if roll < 8, !routes.trunkIDs.isEmpty {
                record.trunkGroupID = routes.trunkIDs[roll % routes.trunkIDs.count]
            } else if roll < 10, !routes.vobizApplicationIDs.isEmpty {
                record.application = routes.vobizApplicationIDs[roll % routes.vobizApplicationIDs.count]
            }
        case .plivo:
            guard roll < 8, !routes.applicationURIs.isEmpty else { return }
            record.application = routes.applicationURIs[roll % routes.applicationURIs.count]
        case .agni, .admin:
            return
        }
    }

    /// Agni's SIP trunks, inbound and outbound, for a number routed anywhere; `nil` on none.
    func agniTrunks(recordID: Int64) -> (inbound: String, outbound: String)? {
        guard roll < 7 else { return nil }
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
}
