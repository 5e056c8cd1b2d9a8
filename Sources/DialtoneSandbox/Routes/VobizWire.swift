/// Vobiz's JSON shapes (seeds 000, 001, 004): fees as JSON numbers, `+` in E.164.
enum VobizWire {
    /// A full PhoneNumber object. Inventory rows carry `"account_id": ""` (seed 000's schema
    /// requires a string there; its prose says such numbers have no owner); owned ones name
    /// their owner and add `purchased_at` and `source`.
    static func phoneNumber(_ record: NumberRecord) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("id", .string(RecordIdentity.uuid(for: record.id))),
            ("account_id", .string(record.owner ?? "")),
            ("e164", .string(record.e164)),
            ("country", .string(record.country)),
            ("region", .string(record.region)),
            ("capabilities", capabilities(record)),
            ("status", .string(record.status)),
            ("provider", ""),
            ("setup_fee", fee(record.setupFee)),
            ("monthly_fee", fee(record.monthlyFee)),
            ("currency", .string(record.currency)),
            ("voice_enabled", .bool(record.voice)),
            ("tags", []),
        ]
        if let purchasedAt = record.purchasedAt { fields.append(("purchased_at", .string(purchasedAt))) }
        fields += [
            ("is_blocked", false),
            ("created_at", .string(RecordIdentity.createdAt(for: record.id))),
            ("updated_at", .string(record.purchasedAt ?? RecordIdentity.createdAt(for: record.id))),
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
    /// (`/_sandbox/fees`) stays exact as a JSON number instead of being rounded.
    static func fee(_ amount: MinorUnits) -> JSONValue {
        amount.value % MinorUnits.scale == 0 ? .integer(amount.value / MinorUnits.scale) : .number(amount.decimal)
    }

    /// `{items, page, per_page, total}`; the records whose ids are in `unreadable` are served
    /// without their number (the `malformed_owned_entries` fault).
    static func list(_ page: NumberPage, page number: Int, perPage: Int, unreadable: Set<Int64> = []) -> JSONValue {
        .object([
            ("items", .array(page.records.map { unreadable.contains($0.id) ? withoutNumber($0) : phoneNumber($0) })),
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

    /// `DELETE …/numbers/{number}` for a number still under its commitment.
    static func released(_ record: NumberRecord, cooldownEndsAt: String) -> JSONValue {
        .object([
            ("message", "Number released; it stays reserved until the cooldown ends"),
            ("status", "pending_release"),
            ("release_fee", .number(record.monthlyFee.decimal)),
            ("currency", .string(record.currency)),
            ("cooldown_ends_at", .string(cooldownEndsAt)),
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
