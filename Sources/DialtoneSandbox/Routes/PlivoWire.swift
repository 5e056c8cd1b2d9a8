import Foundation

/// Plivo's JSON shapes (seed 003 and PROVIDERS.md): numbers without `+`, money as 5-decimal strings.
enum PlivoWire {
    /// A search result (the PhoneNumber object).
    static func available(_ record: NumberRecord, accountID: String) -> JSONValue {
        let countryName = CountryPlan.find(record.country)?.name ?? record.country
        return .object([
            ("number", .string(record.digits)),
            ("prefix", .string(record.prefix)),
            ("city", .optional(record.city?.uppercased())),
            ("country", .string(countryName.uppercased())),
            ("region", .string("\(record.regionName), \(countryName)")),
            ("rate_center", .optional(record.rateCenter)),
            ("lata", record.lata.map { .integer(Int64($0)) } ?? .null),
            ("type", .string(type(record.type))),
            ("sub_type", .string(record.type.rawValue)),
            ("setup_rate", .string(record.setupFee.fiveDecimals)),
            ("monthly_rental_rate", .string(record.monthlyFee.fiveDecimals)),
            ("sms_enabled", .bool(record.sms)),
            ("sms_rate", .string(PriceBook.plivoSMSRate(record.type, smsEnabled: record.sms).fiveDecimals)),
            ("mms_enabled", .bool(record.mms)),
            ("mms_rate", .string(record.mms ? MinorUnits(2_000).fiveDecimals : MinorUnits.zero.fiveDecimals)),
            ("voice_enabled", .bool(record.voice)),
            ("voice_rate", .string(PriceBook.plivoVoiceRate(record.type).fiveDecimals)),
            ("restriction", .optional(record.restriction?.rawValue)),
            ("restriction_text", .optional(record.restriction?.text)),
            ("prerequisites", prerequisites(record.restriction)),
            ("resource_uri", .string("/v1/Account/\(accountID)/PhoneNumber/\(record.digits)/")),
        ])
    }

    /// A rented number (the Number object); `application` is the URI of the app it answers
    /// with, or null; `alias` the account's name for it, or null.
    static func rented(_ record: NumberRecord, accountID: String) -> JSONValue {
        let countryName = CountryPlan.find(record.country)?.name ?? record.country
        let addedOn = String((record.purchasedAt ?? RecordIdentity.createdAt(for: record.id)).prefix(10))
        let subAccount = SandboxAccount.find(id: record.owner ?? "", provider: .plivo)?.parentID != nil ? record.owner : nil
        return .object([
            ("added_on", .string(addedOn)),
            ("alias", .optional(record.alias)),
            ("application", .optional(record.application)),
            ("carrier", "Plivo"),
            ("city", .optional(record.city?.uppercased())),
            ("country", .string(countryName)),
            ("region", .string("\(record.regionName), \(countryName)")),
            ("monthly_rental_rate", .string(record.monthlyFee.fiveDecimals)),
            ("number", .string(record.digits)),
            ("number_type", .string(record.type.rawValue)),
            ("renewal_date", .string(renewalDate(after: addedOn))),
            ("resource_uri", .string("/v1/Account/\(accountID)/Number/\(record.digits)/")),
            ("sms_enabled", .bool(record.sms)),
            ("mms_enabled", .bool(record.mms)),
            ("voice_enabled", .bool(record.voice)),
            ("sub_account", .optional(subAccount)),
            ("active", .bool(record.status == "active")),
        ])
    }

    /// `{api_id, meta, objects}` with Plivo's `next`/`previous` URIs.
    static func list(objects: [JSONValue], total: Int, limit: Int, offset: Int, path: String, filters: [(String, String)]) -> JSONValue {
        func uri(_ offset: Int) -> JSONValue {
            let query = ([("limit", String(limit)), ("offset", String(offset))] + filters)
                .map { "\($0)=\($1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? $1)" }
                .joined(separator: "&")
            return .string("\(path)?\(query)")
        }
        return .object([
            ("api_id", .string(apiID())),
            ("meta", .object([
                ("limit", .integer(Int64(limit))),
                ("next", offset + limit < total ? uri(offset + limit) : .null),
                ("offset", .integer(Int64(offset))),
                ("previous", offset > 0 ? uri(max(0, offset - limit)) : .null),
                ("total_count", .integer(Int64(total))),
            ])),
            ("objects", .array(objects)),
        ])
    }

    /// The answer to a buy: `fulfilled`, or `pending` while documents are required; the number's
    /// own entry says `Success` or `pending` (seed 003).
    static func bought(_ record: NumberRecord) -> JSONValue {
        let pending = record.status == "pending"
        let entry = JSONValue.object([("number", .string(record.digits)), ("status", pending ? "pending" : "Success")])
        return buyAnswer(message: "created", numbers: [entry], status: pending ? "pending" : "fulfilled")
    }

    /// A buy refused in the number's own entry: `Failed`, with the reason.
    static func failed(digits: String) -> JSONValue {
        let entry = JSONValue.object([
            ("number", .string(digits)), ("status", "Failed"),
            ("error", "number could not be provisioned; nothing was charged"),
        ])
        return buyAnswer(message: "not created", numbers: [entry], status: "failed")
    }

    /// A partial success (sent with 206) whose `numbers` leaves the number bought out.
    static func partial() -> JSONValue {
        buyAnswer(message: "request partially processed", numbers: [], status: "partial")
    }

    private static func buyAnswer(message: String, numbers: [JSONValue], status: String) -> JSONValue {
        .object([
            ("api_id", .string(apiID())), ("message", .string(message)), ("numbers", .array(numbers)), ("status", .string(status)),
        ])
    }

    /// `GET /v1/Account/{auth_id}/`.
    static func account(_ account: SandboxAccount, cashCredits: MinorUnits) -> JSONValue {
        .object([
            ("account_type", "standard"),
            ("address", ""),
            ("api_id", .string(apiID())),
            ("auth_id", .string(account.id)),
            ("auto_recharge", false),
            ("billing_mode", "prepaid"),
            ("cash_credits", .string(cashCredits.fiveDecimals)),
            ("city", ""),
            ("name", .string(account.name)),
            ("resource_uri", .string("/v1/Account/\(account.id)/")),
            ("state", ""),
            ("timezone", "Asia/Kolkata"),
        ])
    }

    /// Adds Plivo's `api_id` in front of an object.
    static func withAPIID(_ value: JSONValue) -> JSONValue {
        guard case .object(let fields) = value else { return value }
        return .object([("api_id", .string(apiID()))] + fields)
    }

    /// Plivo's search `type` for a stored number type.
    private static func type(_ type: NumberType) -> String {
        switch type {
        case .local, .national: "fixed"
        case .mobile: "mobile"
        case .tollfree: "tollfree"
        }
    }

    private static func renewalDate(after date: String) -> String {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return date }
        let (year, month) = parts[1] == 12 ? (parts[0] + 1, 1) : (parts[0], parts[1] + 1)
        return String(format: "%04d-%02d-%02d", year, month, min(parts[2], 28))
    }

    /// What a restricted number needs, as PROVIDERS.md describes search results' `prerequisites`.
    private static func prerequisites(_ restriction: PlivoRestriction?) -> JSONValue {
        switch restriction {
        case .cityAddress: [.object([("type", "address proof required"), ("scope", "city")])]
        case .countryAddress: [.object([("type", "address proof required"), ("scope", "country")])]
        case .termsAndConditions, nil: []
        }
    }

    static func apiID() -> String { UUID().uuidString.lowercased() }
}
