/// Vobiz's trunk shapes (PROVIDERS.md, "Routing").
extension VobizWire {
    /// A SIP trunk; its id under `trunk_id` and again under `trunk_group_id`, the name numbers use.
    static func trunk(_ trunk: TrunkRecord) -> JSONValue {
        .object([
            ("trunk_id", .string(trunk.id)),
            ("trunk_group_id", .string(trunk.id)),
            ("name", .string(trunk.name)),
            ("trunk_domain", .string(trunk.domain)),
            ("status", .string(trunk.status)),
            ("transport", "udp"),
            ("cps_limit", 10),
            ("concurrent_calls_limit", 30),
            ("account_id", .string(trunk.accountID)),
            ("created_at", .string(trunk.createdAt)),
            ("updated_at", .string(trunk.createdAt)),
        ])
    }

    /// `GET …/trunks`: `{items, page, per_page, total}`, like the other Vobiz lists.
    static func trunks(_ records: [TrunkRecord], total: Int, page: Int, perPage: Int) -> JSONValue {
        .object([
            ("items", .array(records.map(trunk))),
            ("page", .integer(Int64(page))),
            ("per_page", .integer(Int64(perPage))),
            ("total", .integer(Int64(total))),
        ])
    }

    /// `POST`/`DELETE …/numbers/{number}/assign` answered 200: the number's trunk now, null when none.
    static func assigned(_ record: NumberRecord) -> JSONValue {
        .object([
            ("message", .string(record.trunkGroupID == nil ? "Number unassigned from trunk" : "Number assigned to trunk")),
            ("e164", .string(record.e164)),
            ("trunk_group_id", .optional(record.trunkGroupID)),
        ])
    }
}
