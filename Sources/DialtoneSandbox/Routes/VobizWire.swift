/// Vobiz's JSON shapes (seeds 000, 001, 004): fees as JSON numbers, `+` in E.164.
enum VobizWire {
    /// A full PhoneNumber object. Inventory rows carry `"account_id": ""` (seed 000's schema
    /// requires a string there; its prose says such numbers have no owner); owned ones name
    /// their owner, add `purchased_at`, `source`, their routing (`trunk_group_id`, null on no
    /// trunk; `application_id` when attached), `is_blocked` and `next_billing_date` (seed 004),
    /// and are served in the object's other documented spellings (`WireVariant`).
    static func phoneNumber(_ record: NumberRecord) -> JSONValue {
        let variant = WireVariant(record)
        // Seed 000's schema fixes the inventory's spelling; an owned number's may vary.
        let varies = record.owner != nil
        let created = variant.timestamp(RecordIdentity.createdAt(for: record.id))
        var fields: [(String, JSONValue)] = [
            ("id", .string(RecordIdentity.uuid(for: record.id))),
            (varies && variant.namesOwnerAsAuthID ? "auth_id" : "account_id", .string(record.owner ?? "")),
            ("e164", .string(record.e164)),
            ("country", .string(record.country)),
            ("region", .string(record.region)),
        ]
        if !(varies && variant.omitsCapabilities) { fields.append(("capabilities", capabilities(record))) }
        let point = varies && variant.writesFeesWithPoint
        fields += [
            ("status", .string(record.status)),
            ("provider", ""),
            ("setup_fee", fee(record.setupFee, withPoint: point)),
            ("monthly_fee", fee(record.monthlyFee, withPoint: point)),
            ("currency", .string(record.currency)),
        ]
        if varies {
            fields.append(("trunk_group_id", .optional(record.trunkGroupID)))
            if let application = record.application { fields.append(("application_id", .string(application))) }
        }
        fields += [("voice_enabled", .bool(record.voice)), ("tags", [])]
        if let purchasedAt = record.purchasedAt {
            fields.append(("purchased_at", .string(variant.timestamp(purchasedAt))))
            if let next = OwnedSetup.nextBilling(after: purchasedAt) { fields.append(("next_billing_date", .string(variant.timestamp(next)))) }
        }
        fields += [
            ("is_blocked", .bool(varies && OwnedSetup(record).isBlocked)),
            ("created_at", .string(created)),
            ("updated_at", .string(record.purchasedAt.map(variant.timestamp) ?? created)),
            ("is_trial_number", false),
            ("minimum_commitment_months", .integer(Int64(record.minimumCommitmentMonths))),
            ("aadhaar_verification_required", .bool(record.aadhaarRequired)),
            ("aadhaar_verified", false),
        ]
        if record.owner != nil { fields.append(("source", "inventory")) }
        return .object(fields)
    }

    /// The short form in a purchase answer's `items`.
    static func summary(_ record: NumberRecord) -> JSONValue {
        .object([
            ("id", .string(RecordIdentity.uuid(for: record.id))),
            ("account_id", .optional(record.owner)),
            ("e164", .string(record.e164)),
            ("country", .string(record.country)),
            ("region", .string(record.region)),
            ("capabilities", capabilities(record)),
            ("status", .string(record.status)),
            ("monthly_fee", fee(record.monthlyFee)),
            ("currency", .string(record.currency)),
        ])
    }

    /// A fee as seed 000's schema declares it, an integer; an amount repriced to a fraction
    /// (`/_sandbox/fees`) stays exact as a JSON number instead of being rounded. `withPoint`
    /// writes a whole amount as seed 001's second answer does, `1.0`.
    static func fee(_ amount: MinorUnits, withPoint: Bool = false) -> JSONValue {
        guard amount.value % MinorUnits.scale == 0 else { return .number(amount.decimal) }
        let whole = amount.value / MinorUnits.scale
        return withPoint ? .numberText("\(whole).0") : .integer(whole)
    }

    /// `{items, page, per_page, total}`; the records whose ids are in `unreadable` are served
    /// without their number (the `malformed_owned_entries` fault); a number pending release
    /// carries its `cooldown_ends_at` from `cooldowns`.
    static func list(
        _ page: NumberPage, page number: Int, perPage: Int, unreadable: Set<Int64> = [], cooldowns: [Int64: String] = [:]
    ) -> JSONValue {
        .object([
            ("items", .array(page.records.map { record in
                if unreadable.contains(record.id) { return withoutNumber(record) }
                guard let ends = cooldowns[record.id] else { return phoneNumber(record) }
                return phoneNumber(record).adding("cooldown_ends_at", .string(ends))
            })),
            ("page", .integer(Int64(number))),
            ("per_page", .integer(Int64(perPage))),
            ("total", .integer(Int64(page.total))),
        ])
    }

    /// The full PhoneNumber object with its `e164` left out: an entry no client can read.
    private static func withoutNumber(_ record: NumberRecord) -> JSONValue {
        guard case .object(let fields) = phoneNumber(record) else { return phoneNumber(record) }
        return .object(fields.filter { $0.0 != "e164" })
    }

    /// The answer to a successful purchase.
    static func purchased(_ record: NumberRecord) -> JSONValue {
        .object([
            ("message", "Number purchased successfully"),
            ("number", phoneNumber(record)),
            ("items", [summary(record)]),
        ])
    }

    /// `DELETE …/numbers/{number}` answered 200: pending release until `cooldownEndsAt`, `fee` charged.
    static func released(_ record: NumberRecord, fee: MinorUnits, cooldownEndsAt: String) -> JSONValue {
        .object([
            ("message", "Number released; it stays reserved until the cooldown ends"),
            ("e164", .string(record.e164)),
            ("status", "pending_release"),
            ("release_fee", .number(fee.decimal)),
            ("currency", .string(record.currency)),
            ("cooldown_ends_at", .string(cooldownEndsAt)),
        ])
    }

    /// `POST …/numbers/{number}/cancel-release` answered 200: active again, `refunded` given back.
    static func restored(_ record: NumberRecord, refunded: MinorUnits) -> JSONValue {
        .object([
            ("message", "Release cancelled; number active again"),
            ("e164", .string(record.e164)),
            ("status", "active"),
            ("refunded_amount", .number(refunded.decimal)),
            ("currency", .string(record.currency)),
        ])
    }

    /// `GET …/balance/{currency}`.
    static func balance(account: String, currency: String, balance: MinorUnits) -> JSONValue {
        .object([
            ("auth_id", .string(account)),
            ("currency", .string(currency)),
            ("balance", .number(balance.decimal)),
            ("reserved_funds", 0),
            ("available_balance", .number(balance.decimal)),
            ("credit_limit", 0),
            ("is_postpaid", false),
        ])
    }

    private static func capabilities(_ record: NumberRecord) -> JSONValue {
        .object([("voice", .bool(record.voice)), ("sms", .bool(record.sms)), ("mms", .bool(record.mms)), ("fax", .bool(record.fax))])
    }
}
