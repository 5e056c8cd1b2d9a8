import NumberingPlans

/// Writes a country's share of the seeded inventory: unique numbers in its real plan, with
/// provider, type, capabilities, fees and requirements drawn from a seeded generator.
struct InventoryGenerator {
    private var random: SeedRandom
    /// Every number drawn so far, across countries: the US and Canada share +1 and toll-free ranges.
    private var seen = Set<String>()

    init(seed: UInt64) { random = SeedRandom(seed: seed) }

    /// How many of `total` numbers each plan gets, in proportion to its weight (at least one each);
    /// a plan of weight 0 (generated from examples) gets a token few, taken from the largest share.
    static func shares(of total: Int, plans: [CountryPlan]) -> [Int] {
        let weightSum = max(1, plans.reduce(0) { $0 + $1.weight })
        var shares = plans.map { $0.weight == 0 ? min(3, max(1, total / 500)) : max(1, total * $0.weight / weightSum) }
        let shortfall = total - shares.reduce(0, +)
        if shortfall != 0, let largest = shares.indices.max(by: { shares[$0] < shares[$1] }) {
            shares[largest] = max(1, shares[largest] + shortfall)
        }
        return shares
    }

    /// `count` numbers for `plan`, unique across all plans, sorted by E.164 (so row IDs follow number order).
    mutating func numbers(for plan: CountryPlan, count: Int, provider: (inout SeedRandom) -> Provider) -> [NumberRecord] {
        var records: [NumberRecord] = []
        records.reserveCapacity(count)
        var attempts = 0
        while records.count < count, attempts < count * 20 {
            attempts += 1
            let type = drawType(plan)
            let (prefix, digits, area) = drawRange(plan, type: type)
            let e164 = "+" + plan.callingCode + prefix + subscriber(digits: digits)
            guard Self.planAgrees(e164, country: plan.iso, type: type), seen.insert(e164).inserted else { continue }
            records.append(record(e164, plan: plan, type: type, prefix: prefix, area: area, provider: provider(&random)))
        }
        return records.sorted { $0.e164 < $1.e164 }
    }

    /// Whether libphonenumber's plan (the table the clients infer Vobiz types from) does not
    /// contradict the drawn type, so a client's inference and the sandbox's type agree.
    static func planAgrees(_ e164: String, country: String, type: NumberType) -> Bool {
        switch NumberingPlans.kind(of: e164, country: country) {
        case nil: true
        case .tollFree: type == .tollfree
        case .mobile: type == .mobile
        case .fixedLine: type == .local || type == .national
        case .fixedOrMobile: type != .tollfree
        }
    }

    /// The provider of an inventory row: Vobiz is strongest in India, Plivo elsewhere, unless
    /// `vobizPercent` fixes the share.
    static func stockProvider(country: String, vobizPercent: Int? = nil) -> (inout SeedRandom) -> Provider {
        let vobizPercent = vobizPercent ?? (country == "IN" ? 70 : 45)
        return { random in random.percent(vobizPercent) ? .vobiz : .plivo }
    }

    private mutating func drawType(_ plan: CountryPlan) -> NumberType {
        let roll = random.below(100)
        if roll < 20, plan.mobile != nil { return .mobile }
        if roll >= 20, roll < 32, plan.tollfree != nil { return .tollfree }
        if roll >= 32, roll < 40, plan.national != nil { return .national }
        return .local
    }

    private mutating func drawRange(_ plan: CountryPlan, type: NumberType) -> (String, Int, CountryPlan.Area?) {
        let range: CountryPlan.Range?
        switch type {
        case .local:
            let area = random.pick(plan.areas)
            return (area.code, area.digits, area)
        case .mobile: range = plan.mobile
        case .tollfree: range = plan.tollfree
        case .national: range = plan.national
        }
        let chosen = range ?? CountryPlan.Range([plan.areas[0].code], plan.areas[0].digits)
        return (random.pick(chosen.prefixes), chosen.digits, nil)
    }

    /// Subscriber digits; the first is 2–9, as in most plans.
    private mutating func subscriber(digits: Int) -> String {
        var text = String(2 + random.below(8))
        for _ in 1..<digits { text.append(Character(String(random.below(10)))) }
        return text
    }

    private mutating func record(
        _ e164: String, plan: CountryPlan, type: NumberType, prefix: String, area: CountryPlan.Area?, provider: Provider
    ) -> NumberRecord {
        let capital = plan.areas[0]
        let vobizLike = provider != .plivo
        let currency = vobizLike ? plan.vobizCurrency : "USD"
        let fees = vobizLike
            ? PriceBook.vobiz(currency: currency, type: type, random: &random)
            : PriceBook.plivo(country: plan.iso, type: type, random: &random)
        let northAmerica = plan.callingCode == "1"
        let smsPercent = vobizLike ? (type == .mobile ? 40 : 10) : (northAmerica || type == .mobile ? 85 : 20)
        let sms = random.percent(smsPercent)
        return NumberRecord(
            e164: e164, provider: provider, country: plan.iso,
            region: area?.region ?? capital.region, regionName: area?.regionName ?? capital.regionName,
            city: area?.city, rateCenter: area?.rateCenter, lata: area?.lata, prefix: prefix, type: type,
            voice: vobizLike || random.percent(97), sms: sms,
            mms: sms && random.percent(vobizLike ? 5 : (northAmerica ? 60 : 10)),
            fax: vobizLike && type == .local && random.percent(15),
            setupFee: fees.setup, monthlyFee: fees.monthly, currency: currency,
            restriction: provider == .plivo && type == .local && random.percent(80)
                ? plan.plivoLocalRestriction : Self.termsRestriction(e164, provider: provider, type: type),
            aadhaarRequired: provider == .vobiz && plan.iso == "IN" && (type == .mobile || random.percent(40)),
            minimumCommitmentMonths: minimumCommitment(type: type, country: plan.iso)
        )
    }

    /// Seed 003's third requirement: a third of Plivo's mobile numbers ask for the carrier's
    /// terms and conditions to be accepted. Chosen from the number's digits, not drawn, so every
    /// other seeded value stays as it was.
    static func termsRestriction(_ e164: String, provider: Provider, type: NumberType) -> PlivoRestriction? {
        guard provider == .plivo, type == .mobile else { return nil }
        let sum = e164.utf8.reduce(0) { $0 + Int($1) }
        return sum % 3 == 0 ? .termsAndConditions : nil
    }

    private mutating func minimumCommitment(type: NumberType, country: String) -> Int {
        if type == .tollfree { return random.pick([0, 3, 12]) }
        if country == "IN", random.percent(10) { return 6 }
        return 0
    }
}
