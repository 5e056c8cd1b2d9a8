import Foundation

/// Vobiz's PhoneNumber object (seed 004), as the inventory, purchase and numbers lists send it.
struct VobizNumberDTO: Decodable {
    var id: String?
    var owner: String?
    var e164: String
    var country: String?
    var region: String?
    var capabilities: Capabilities?
    var status: String?
    var setupFee: Decimal?
    var monthlyFee: Decimal?
    /// The fees' currency, upper-cased; `nil` when the provider did not state it.
    var currency: String?
    var isTrialNumber: Bool?
    var minimumCommitmentMonths: Int?
    var aadhaarRequired: Bool?
    var aadhaarVerified: Bool?
    var purchasedAt: Date?
    var createdAt: Date?
    var source: String?
    var provider: String?
    /// Routing, blocking and billing (seed 004), for an owned number.
    var ownedDetails: VobizOwnedDetailsDTO
    /// While `pending_release`: when the release cooldown ends and the number leaves.
    var cooldownEndsAt: Date?

    enum Keys: String, CodingKey {
        case id, e164, country, region, capabilities, status, currency, provider, source
        case authID = "auth_id", accountID = "account_id", setupFee = "setup_fee", monthlyFee = "monthly_fee"
        case isTrialNumber = "is_trial_number", minimumCommitmentMonths = "minimum_commitment_months"
        case aadhaarRequired = "aadhaar_verification_required", aadhaarVerified = "aadhaar_verified"
        case purchasedAt = "purchased_at", createdAt = "created_at", cooldownEndsAt = "cooldown_ends_at"
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        id = try c.lenientString(.id)
        // The owner is `account_id` in list and purchase answers, `auth_id` in the object docs.
        owner = try c.lenientString(.accountID) ?? c.lenientString(.authID)
        guard let number = try c.lenientString(.e164) else {
            throw DecodingError.keyNotFound(Keys.e164, .init(codingPath: c.codingPath, debugDescription: "no e164"))
        }
        e164 = number
        country = try c.lenientString(.country)
        region = try c.lenientString(.region)
        capabilities = try c.decodeIfPresent(VobizCapabilitiesDTO.self, forKey: .capabilities)?.value
        status = try c.lenientString(.status)
        setupFee = try c.lenientAmount(.setupFee)
        monthlyFee = try c.lenientAmount(.monthlyFee)
        currency = try c.lenientCurrency(.currency)
        isTrialNumber = try c.lenientBool(.isTrialNumber)
        minimumCommitmentMonths = try c.lenientInt(.minimumCommitmentMonths)
        aadhaarRequired = try c.lenientBool(.aadhaarRequired)
        aadhaarVerified = try c.lenientBool(.aadhaarVerified)
        purchasedAt = c.lenientDate(.purchasedAt)
        createdAt = c.lenientDate(.createdAt)
        source = try c.lenientString(.source)
        provider = try c.lenientString(.provider)
        ownedDetails = try VobizOwnedDetailsDTO(from: decoder)
        cooldownEndsAt = c.lenientDate(.cooldownEndsAt)
    }

    /// `amount` in the stated currency; `nil` (unknown) when either is missing. A fee whose
    /// currency was not stated is never taken to be USD: it could be counted against no limit.
    func fee(_ amount: Decimal?) -> Money? {
        guard let amount, let currency else { return nil }
        return Money(amount, currency)
    }

    var requirements: Requirements {
        Requirements(
            aadhaarVerificationRequired: aadhaarRequired ?? false, aadhaarVerified: aadhaarVerified ?? false,
            minimumCommitmentMonths: max(0, minimumCommitmentMonths ?? 0)
        )
    }

    var extras: [String: String] {
        var extras: [String: String] = [:]
        if let isTrialNumber, isTrialNumber { extras["trial number"] = "yes" }
        if let source, !source.isEmpty { extras["source"] = source }
        if let provider, !provider.isEmpty { extras["carrier"] = provider }
        if let createdAt { extras["listed since"] = createdAt.formatted(.iso8601) }
        return extras
    }

    func phoneNumber() -> PhoneNumber {
        let normalised = E164.fromWire(e164)
        let iso = country ?? CountryCatalog.country(forNumber: normalised)?.iso ?? ""
        // Vobiz sends no type: it is read from the number's numbering plan, and details say so.
        let inferred = NumberType.inferred(normalised, country: iso)
        var extras = extras
        extras["type source"] = inferred == nil ? "unknown: not in numbering plan" : "inferred from numbering plan"
        return PhoneNumber(
            provider: .vobiz, e164: normalised, country: iso,
            region: region, type: inferred ?? .other(""), capabilities: capabilities,
            setupFee: fee(setupFee), monthlyFee: fee(monthlyFee), currency: currency,
            status: status.map(NumberStatus.init(rawValue:)) ?? .active, requirements: requirements, extras: extras
        )
    }

    /// - Parameter pool: shares equal details across the numbers of one listing.
    func ownedNumber(sharing pool: OwnedDetails.Pool? = nil) -> OwnedNumber {
        let normalised = E164.fromWire(e164)
        var number = OwnedNumber(
            provider: .vobiz, e164: normalised,
            country: country ?? CountryCatalog.country(forNumber: normalised)?.iso ?? "",
            region: region, capabilities: capabilities,
            status: status.map(NumberStatus.init(rawValue:)) ?? .active,
            monthlyFee: fee(monthlyFee), accountID: owner, purchasedAt: purchasedAt,
            details: OwnedDetails(ownedDetails.fields, sharing: pool), nextBillingAt: ownedDetails.nextBillingAt
        )
        number.releaseCooldownEndsAt = cooldownEndsAt
        return number
    }
}

/// Vobiz `capabilities`: four flags, each possibly missing.
struct VobizCapabilitiesDTO: Decodable {
    var value: Capabilities

    enum Keys: String, CodingKey { case voice, sms, mms, fax }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        value = Capabilities(
            voice: try c.lenientBool(.voice) ?? false, sms: try c.lenientBool(.sms) ?? false,
            mms: try c.lenientBool(.mms) ?? false, fax: try c.lenientBool(.fax) ?? false
        )
    }
}

/// `{items, page, per_page, total}`: the inventory and account-numbers lists.
struct VobizListDTO: Decodable {
    var items: [VobizNumberDTO]
    /// Items that could not be read and were left out.
    var skipped: Int
    var page: Int?
    var perPage: Int?
    var total: Int?

    enum Keys: String, CodingKey { case items, page, total, perPage = "per_page" }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        let list = try c.lossyList(.items, of: VobizNumberDTO.self)
        items = list.items
        skipped = list.skipped
        page = try c.lenientInt(.page)
        perPage = try c.lenientInt(.perPage)
        total = try c.lenientInt(.total)
    }
}

/// The purchase answer: `number` (the bought number) and/or `items`.
struct VobizPurchaseDTO: Decodable {
    var message: String?
    var number: VobizNumberDTO?
    var items: [VobizNumberDTO]

    enum Keys: String, CodingKey { case message, number, items }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        message = try c.lenientString(.message)
        number = try c.decodeIfPresent(VobizNumberDTO.self, forKey: .number)
        items = try c.decodeIfPresent([VobizNumberDTO].self, forKey: .items) ?? []
    }

    /// The entry naming `e164`, if the answer names it at all.
    func bought(_ e164: String) -> VobizNumberDTO? {
        ([number].compactMap { $0 } + items).first { E164.digits($0.e164) == E164.digits(e164) }
    }
}

/// `GET …/balance/{currency}`.
struct VobizBalanceDTO: Decodable {
    var balance: Decimal?
    var availableBalance: Decimal?
    var isPostpaid: Bool?
    var currency: String?

    enum Keys: String, CodingKey {
        case balance, currency
        case availableBalance = "available_balance", isPostpaid = "is_postpaid"
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        balance = try c.lenientDecimal(.balance)
        availableBalance = try c.lenientDecimal(.availableBalance)
        isPostpaid = try c.lenientBool(.isPostpaid)
        currency = try c.lenientString(.currency)
    }
}

/// `POST …/numbers/{number}/cancel-release` answered 200: a message, and the refunded release
/// fee under whichever name the answer uses. Every field may be missing.
struct VobizCancelReleaseDTO: Decodable {
    var message: String?
    var refunded: Decimal?
    var currency: String?

    enum Keys: String, CodingKey {
        case message, currency
        case refundedAmount = "refunded_amount", refundedFee = "refunded_fee", releaseFee = "release_fee"
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        message = try c.lenientString(.message)
        refunded = try c.lenientAmount(.refundedAmount) ?? c.lenientAmount(.refundedFee) ?? c.lenientAmount(.releaseFee)
        currency = try c.lenientCurrency(.currency)
    }
}

/// `DELETE …/numbers/{number}` answered 200: a message, and on newer versions a release fee
/// and a cooldown (status `pending_release`). Every field may be missing.
struct VobizReleaseDTO: Decodable {
    var message: String?
    var releaseFee: Decimal?
    var currency: String?
    var cooldownEndsAt: String?

    enum Keys: String, CodingKey {
        case message, currency
        case releaseFee = "release_fee", cooldownEndsAt = "cooldown_ends_at"
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        message = try c.lenientString(.message)
        releaseFee = try c.lenientAmount(.releaseFee)
        currency = try c.lenientCurrency(.currency)
        cooldownEndsAt = try c.lenientString(.cooldownEndsAt)
    }
}
