import Foundation

/// Plivo's PhoneNumber object (seed 003): a number for sale.
struct PlivoSearchObjectDTO: Decodable {
    var number: String
    var prefix: String?
    var city: String?
    var region: String?
    var rateCenter: String?
    var lata: String?
    var type: String?
    var subType: String?
    var setupRate: Decimal?
    var monthlyRentalRate: Decimal?
    var smsEnabled: Bool?
    var mmsEnabled: Bool?
    var voiceEnabled: Bool?
    var smsRate: String?
    var voiceRate: String?
    var mmsRate: String?
    var restriction: String?
    var restrictionText: String?
    var prerequisites: [String]

    enum Keys: String, CodingKey {
        case number, prefix, city, region, lata, type, restriction, prerequisites
        case rateCenter = "rate_center", subType = "sub_type", setupRate = "setup_rate"
        case monthlyRentalRate = "monthly_rental_rate", smsEnabled = "sms_enabled", mmsEnabled = "mms_enabled"
        case voiceEnabled = "voice_enabled", smsRate = "sms_rate", voiceRate = "voice_rate", mmsRate = "mms_rate"
        case restrictionText = "restriction_text"
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        guard let number = try c.lenientString(.number) else {
            throw DecodingError.keyNotFound(Keys.number, .init(codingPath: c.codingPath, debugDescription: "no number"))
        }
        self.number = number
        prefix = try c.lenientString(.prefix)
        city = try c.lenientString(.city)
        region = try c.lenientString(.region)
        rateCenter = try c.lenientString(.rateCenter)
        lata = try c.lenientString(.lata)
        type = try c.lenientString(.type)
        subType = try c.lenientString(.subType)
        setupRate = try c.lenientAmount(.setupRate)
        monthlyRentalRate = try c.lenientAmount(.monthlyRentalRate)
        smsEnabled = try c.lenientBool(.smsEnabled)
        mmsEnabled = try c.lenientBool(.mmsEnabled)
        voiceEnabled = try c.lenientBool(.voiceEnabled)
        smsRate = try c.lenientString(.smsRate)
        voiceRate = try c.lenientString(.voiceRate)
        mmsRate = try c.lenientString(.mmsRate)
        restriction = try c.lenientString(.restriction)
        restrictionText = try c.lenientString(.restrictionText)
        prerequisites = (try? c.decodeIfPresent(PrerequisiteText.self, forKey: .prerequisites))?.lines ?? []
    }

    func phoneNumber(country: String) -> PhoneNumber {
        var extras: [String: String] = [:]
        for (name, value) in [("prefix", prefix), ("rate center", rateCenter), ("LATA", lata),
                              ("voice rate", voiceRate), ("SMS rate", smsRate), ("MMS rate", mmsRate)] {
            if let value, !value.isEmpty { extras[name] = value }
        }
        return PhoneNumber(
            provider: .plivo, e164: E164.fromWire(number), country: country, region: region, city: city,
            type: NumberType(rawValue: subType ?? type ?? ""),
            capabilities: Capabilities(reported: voiceEnabled, sms: smsEnabled, mms: mmsEnabled),
            setupFee: setupRate.map { Money($0, "USD") }, monthlyFee: monthlyRentalRate.map { Money($0, "USD") },
            currency: "USD",
            requirements: Requirements(restriction: restriction, restrictionText: restrictionText, prerequisites: prerequisites),
            extras: extras
        )
    }
}

/// Plivo list paging: `meta {limit, next, offset, previous, total_count}`.
struct PlivoMetaDTO: Decodable {
    var limit: Int?
    var offset: Int?
    var next: String?
    var totalCount: Int?

    enum Keys: String, CodingKey { case limit, offset, next, totalCount = "total_count" }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        limit = try c.lenientInt(.limit)
        offset = try c.lenientInt(.offset)
        next = try c.lenientString(.next)
        totalCount = try c.lenientInt(.totalCount)
    }
}

/// `{api_id, meta, objects[]}` for both the search and the rented-number list.
struct PlivoListDTO<Object: Decodable>: Decodable {
    var meta: PlivoMetaDTO?
    var objects: [Object]
    /// Objects that could not be read and were left out.
    var skipped: Int

    enum Keys: String, CodingKey { case meta, objects }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        meta = try c.decodeIfPresent(PlivoMetaDTO.self, forKey: .meta)
        let list = try c.lossyList(.objects, of: Object.self)
        objects = list.items
        skipped = list.skipped
    }
}

/// A rented number from `GET /v1/Account/{id}/Number/` (PROVIDERS.md).
struct PlivoRentedDTO: Decodable {
    var number: String
    var alias: String?
    var numberType: String?
    var monthlyRentalRate: Decimal?
    var region: String?
    var city: String?
    var country: String?
    var smsEnabled: Bool?
    var voiceEnabled: Bool?
    var mmsEnabled: Bool?
    var addedOn: Date?
    var subAccount: String?
    var active: Bool?
    /// The id of the application the number answers with, from its `application` resource URI.
    var applicationID: String?

    enum Keys: String, CodingKey {
        case number, alias, region, city, country, active, application
        case numberType = "number_type", monthlyRentalRate = "monthly_rental_rate", smsEnabled = "sms_enabled"
        case voiceEnabled = "voice_enabled", mmsEnabled = "mms_enabled", addedOn = "added_on", subAccount = "sub_account"
        case subaccount
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        guard let number = try c.lenientString(.number) else {
            throw DecodingError.keyNotFound(Keys.number, .init(codingPath: c.codingPath, debugDescription: "no number"))
        }
        self.number = number
        alias = try c.lenientString(.alias)
        numberType = try c.lenientString(.numberType)
        monthlyRentalRate = try c.lenientAmount(.monthlyRentalRate)
        region = try c.lenientString(.region)
        city = try c.lenientString(.city)
        country = try c.lenientString(.country)
        smsEnabled = try c.lenientBool(.smsEnabled)
        voiceEnabled = try c.lenientBool(.voiceEnabled)
        mmsEnabled = try c.lenientBool(.mmsEnabled)
        addedOn = c.lenientDate(.addedOn)
        // The list names the field both `sub_account` (PROVIDERS.md) and `subaccount` (seed 003).
        subAccount = try c.lenientString(.subAccount) ?? c.lenientString(.subaccount)
        active = try c.lenientBool(.active)
        // `/v1/Account/{auth_id}/Application/{app_id}/` (PROVIDERS.md), or null.
        applicationID = try c.lenientID(.application).flatMap { $0.split(separator: "/").last.map(String.init) }
    }

    /// - Parameter pool: shares equal details across the numbers of one listing.
    func ownedNumber(accountID: String, sharing pool: OwnedDetails.Pool? = nil) -> OwnedNumber {
        let e164 = E164.fromWire(number)
        let iso = country.flatMap(CountryCatalog.isoCode(forName:)) ?? CountryCatalog.country(forNumber: e164)?.iso ?? ""
        return OwnedNumber(
            provider: .plivo, e164: e164, country: iso, region: region, city: city,
            type: NumberType(rawValue: numberType ?? ""),
            capabilities: Capabilities(reported: voiceEnabled, sms: smsEnabled, mms: mmsEnabled),
            // A number bought while its documents are checked is not active yet (seed 003: "the
            // number status will be `pending` until documents are approved").
            status: active == false ? .pending : .active, monthlyFee: monthlyRentalRate.map { Money($0, "USD") },
            accountID: subAccount ?? accountID, label: alias, purchasedAt: addedOn,
            details: OwnedDetails(OwnedDetails.Fields(applicationID: applicationID), sharing: pool)
        )
    }
}

/// `GET /v1/Account/{id}/`.
struct PlivoAccountDTO: Decodable {
    var authID: String?
    var cashCredits: Decimal?
    var billingMode: String?
    var name: String?

    enum Keys: String, CodingKey { case name, authID = "auth_id", cashCredits = "cash_credits", billingMode = "billing_mode" }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        authID = try c.lenientString(.authID)
        cashCredits = try c.lenientDecimal(.cashCredits)
        billingMode = try c.lenientString(.billingMode)
        name = try c.lenientString(.name)
    }
}
