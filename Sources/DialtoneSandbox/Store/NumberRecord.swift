import GRDB

/// The kind of number, as the sandbox stores it; each provider spells it its own way on the wire.
enum NumberType: String, Sendable, CaseIterable {
    case local, mobile, tollfree, national
}

/// One row of the `numbers` table: a number in stock, or owned by a test account.
struct NumberRecord: Sendable {
    var id: Int64 = 0
    var e164: String
    var provider: Provider
    var country: String
    /// Short region (`CA`, `Karnataka`) and its full name (`California`).
    var region: String
    var regionName: String
    var city: String?
    var rateCenter: String?
    var lata: Int?
    /// The area code or range prefix after the calling code.
    var prefix: String
    var type: NumberType
    var voice: Bool
    var sms: Bool
    var mms: Bool
    var fax: Bool
    var setupFee: MinorUnits
    var monthlyFee: MinorUnits
    var currency: String
    var restriction: PlivoRestriction?
    var aadhaarRequired: Bool
    var minimumCommitmentMonths: Int
    /// `active`, or `pending` while a Plivo number waits for documents.
    var status: String = "active"
    /// The owning account, `nil` while the number is in stock.
    var owner: String?
    var purchasedAt: String?
    /// Vobiz: the trunk group its calls go to; `nil` on none (and in stock).
    var trunkGroupID: String?
    /// The application it answers with: Vobiz's `application_id`, Plivo's resource URI; `nil` on none.
    var application: String?
    /// Plivo's `alias`, a name the account gave the number.
    var alias: String?

    /// The column list shared by inserts and selects, in `init(row:)` order.
    static let columns = """
        id, e164, provider, country, region, region_name, city, rate_center, lata, prefix, type, voice, sms, mms, \
        fax, setup_fee, monthly_fee, currency, restriction, aadhaar_required, minimum_commitment_months, status, \
        owner, purchased_at, trunk_group_id, application, alias
        """

    /// How many columns `columns` names.
    static let columnCount = 27

    init(
        e164: String, provider: Provider, country: String, region: String, regionName: String, city: String?,
        rateCenter: String?, lata: Int?, prefix: String, type: NumberType, voice: Bool, sms: Bool, mms: Bool,
        fax: Bool, setupFee: MinorUnits, monthlyFee: MinorUnits, currency: String, restriction: PlivoRestriction?,
        aadhaarRequired: Bool, minimumCommitmentMonths: Int
    ) {
        self.e164 = e164
        self.provider = provider
        self.country = country
        self.region = region
        self.regionName = regionName
        self.city = city
        self.rateCenter = rateCenter
        self.lata = lata
        self.prefix = prefix
        self.type = type
        self.voice = voice
        self.sms = sms
        self.mms = mms
        self.fax = fax
        self.setupFee = setupFee
        self.monthlyFee = monthlyFee
        self.currency = currency
        self.restriction = restriction
        self.aadhaarRequired = aadhaarRequired
        self.minimumCommitmentMonths = minimumCommitmentMonths
    }

    init(row: Row) {
        id = row[0]
        e164 = row[1]
        provider = Provider(rawValue: row[2]) ?? .vobiz
        country = row[3]
        region = row[4]
        regionName = row[5]
        city = row[6]
        rateCenter = row[7]
        lata = row[8]
        prefix = row[9]
        type = NumberType(rawValue: row[10]) ?? .local
        voice = row[11]
        sms = row[12]
        mms = row[13]
        fax = row[14]
        setupFee = MinorUnits(row[15])
        monthlyFee = MinorUnits(row[16])
        currency = row[17]
        restriction = (row[18] as String?).flatMap(PlivoRestriction.init(rawValue:))
        aadhaarRequired = row[19]
        minimumCommitmentMonths = row[20]
        status = row[21]
        owner = row[22]
        purchasedAt = row[23]
        trunkGroupID = row[24]
        application = row[25]
        alias = row[26]
    }

    /// Values for `INSERT … (columns) VALUES (?…)`, in `columns` order.
    var insertArguments: StatementArguments {
        [
            id, e164, provider.rawValue, country, region, regionName, city, rateCenter, lata, prefix, type.rawValue,
            voice, sms, mms, fax, setupFee.value, monthlyFee.value, currency, restriction?.rawValue, aadhaarRequired,
            minimumCommitmentMonths, status, owner, purchasedAt, trunkGroupID, application, alias,
        ]
    }

    /// What is charged at purchase: the setup fee plus the first month.
    var chargedNow: MinorUnits { setupFee + monthlyFee }

    /// The E.164 number without `+`, as Plivo writes it.
    var digits: String { String(e164.dropFirst()) }
}
