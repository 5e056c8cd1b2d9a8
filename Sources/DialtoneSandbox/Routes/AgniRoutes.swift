import Foundation
import Hummingbird

/// Agni's "List Purchased Numbers" (seed 002): owned numbers only, integer prices, no paging.
enum AgniRoutes {
    static func register(on router: Router<SandboxRequestContext>, state: SandboxState) {
        router.get("/api/v1/phone-numbers/list") { request, _ in try await list(request, state) }
    }

    private static func list(_ request: Request, _ state: SandboxState) async throws -> Response {
        let account = try Authenticator.agni(request)
        let query = QueryReader(request)
        var listing = NumberQuery.owned(by: [account.id])
        if let plan = try query.country("iso_country") { listing.require("country = ?", [plan.iso]) }
        if let region = query.string("region") {
            guard region.count <= 100 else { throw WireError.badRequest("region is too long") }
            listing.require("(region = ? COLLATE NOCASE OR region_name = ? COLLATE NOCASE OR city = ? COLLATE NOCASE)", [region, region, region])
        }
        if let active = try query.bool("is_active") { listing.require(active ? "status = 'active'" : "status != 'active'") }
        let records = try await state.database.read { [listing] db in try listing.fetch(db, limit: 10_000, offset: 0) }
        return .json(.object([
            ("success", true),
            ("message", "Request completed successfully"),
            ("data", .array(records.map(number))),
        ]))
    }

    /// One purchased number: SIP trunks when it is routed (`OwnedSetup`), null when not;
    /// `updated_at` a day after `created_at`, both with fractional seconds for some (`WireVariant`).
    private static func number(_ record: NumberRecord) -> JSONValue {
        let suffix = RecordIdentity.uuid(for: record.id).prefix(8)
        let created = record.purchasedAt ?? RecordIdentity.createdAt(for: record.id)
        let updated = (try? Date(created, strategy: .iso8601)).map { $0.addingTimeInterval(86_400).formatted(.iso8601) } ?? created
        let (variant, trunks) = (WireVariant(record), OwnedSetup(record).agniTrunks(recordID: record.id))
        return .object([
            ("id", .string(RecordIdentity.uuid(for: record.id))),
            ("telephony_id", .string("telephony_\(suffix)")),
            ("subscription_id", .string("subscription_\(suffix)")),
            ("inbound_trunk_id", .optional(trunks?.inbound)),
            ("outbound_trunk_id", .optional(trunks?.outbound)),
            ("number", .string(record.e164)),
            ("friendly_name", .string("\(record.city ?? record.regionName) line")),
            ("per_minute_price_inbound", 1),
            ("per_minute_price_outbound", 2),
            ("price", .integer(PriceBook.agniMonthly(record.type))),
            ("region", .string(record.regionName)),
            ("iso_country", .string(record.country)),
            ("is_active", .bool(record.status == "active")),
            ("created_at", .string(variant.timestamp(created))),
            ("updated_at", .string(variant.timestamp(updated))),
        ])
    }
}
