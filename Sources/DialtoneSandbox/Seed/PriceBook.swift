/// Believable fees per provider, currency and number type, with some free setups.
enum PriceBook {
    /// Setup and first-month fees, in cents of the currency.
    private struct Tier {
        var setupCents: [Int64]
        var monthlyCents: [Int64]
    }

    /// Vobiz fees in the country's currency (INR for India, EUR in the euro area, else USD), in
    /// whole units: seed 000's schema declares `setup_fee` and `monthly_fee` integers.
    static func vobiz(currency: String, type: NumberType, random: inout SeedRandom) -> (setup: MinorUnits, monthly: MinorUnits) {
        let tier: Tier
        switch (currency, type) {
        case ("INR", .local): tier = Tier(setupCents: [0, 0, 50_000, 100_000], monthlyCents: [50_000, 75_000, 100_000])
        case ("INR", .mobile): tier = Tier(setupCents: [0, 100_000], monthlyCents: [99_900, 149_900])
        case ("INR", .tollfree): tier = Tier(setupCents: [250_000, 500_000], monthlyCents: [250_000, 350_000])
        case ("INR", .national): tier = Tier(setupCents: [0], monthlyCents: [60_000])
        case (_, .local): tier = Tier(setupCents: [0, 0, 100, 200], monthlyCents: [100, 200, 300])
        case (_, .mobile): tier = Tier(setupCents: [0, 200], monthlyCents: [400, 600, 800])
        case (_, .tollfree): tier = Tier(setupCents: [0, 500], monthlyCents: [200, 300, 1_000])
        case (_, .national): tier = Tier(setupCents: [0], monthlyCents: [200])
        }
        return fees(tier, random: &random)
    }

    /// Plivo fees, always in USD.
    static func plivo(country: String, type: NumberType, random: inout SeedRandom) -> (setup: MinorUnits, monthly: MinorUnits) {
        let northAmerica = country == "US" || country == "CA"
        let tier: Tier
        switch type {
        case .local where northAmerica: tier = Tier(setupCents: [0, 0, 0, 100], monthlyCents: [50, 80])
        case .local: tier = Tier(setupCents: [0, 0, 200], monthlyCents: [120, 200, 350])
        case .mobile: tier = Tier(setupCents: [0, 300], monthlyCents: [300, 500, 800])
        case .tollfree: tier = Tier(setupCents: [0, 0, 500], monthlyCents: northAmerica ? [100, 150] : [500, 1_500])
        case .national: tier = Tier(setupCents: [0], monthlyCents: [150, 250])
        }
        return fees(tier, random: &random)
    }

    /// Agni's monthly `price`, a whole number in the Agni account's currency (USD, the profile
    /// default: Agni states no currency), whatever the number's stock currency was.
    static func agniMonthly(_ type: NumberType) -> Int64 {
        switch type {
        case .local: 1
        case .national: 2
        case .mobile: 3
        case .tollfree: 5
        }
    }

    /// Plivo's per-minute inbound voice rate for a number type.
    static func plivoVoiceRate(_ type: NumberType) -> MinorUnits {
        switch type {
        case .local, .mobile: MinorUnits(850)
        case .national: MinorUnits(950)
        case .tollfree: MinorUnits(1_800)
        }
    }

    /// Plivo's inbound SMS rate: free on toll-free, else 0.008.
    static func plivoSMSRate(_ type: NumberType, smsEnabled: Bool) -> MinorUnits {
        smsEnabled && type != .tollfree ? MinorUnits(800) : .zero
    }

    private static func fees(_ tier: Tier, random: inout SeedRandom) -> (setup: MinorUnits, monthly: MinorUnits) {
        (cents(random.pick(tier.setupCents)), cents(random.pick(tier.monthlyCents)))
    }

    private static func cents(_ cents: Int64) -> MinorUnits { MinorUnits(cents * MinorUnits.scale / 100) }
}
