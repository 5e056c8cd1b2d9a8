import NumberingPlans

extension CountryPlan {
    /// Plans for the picker's countries that have no hand-made plan, built from libphonenumber's
    /// example numbers (the `NumberingPlans` table): numbers share the example's leading digits,
    /// so the seeder stocks every country the picker offers.
    static let generated: [CountryPlan] = {
        let handMade = Set((americas + asiaPacific + europe + middleEastAfrica).map(\.iso))
        return NumberingPlans.all.filter { !handMade.contains($0.iso) }.compactMap(plan)
    }()

    private static let euro: Set<String> = ["AT", "BE", "EE", "FI", "GR", "HR", "LT", "LU", "LV", "PT", "SI", "SK"]

    private static func plan(_ country: NumberingPlans.Country) -> CountryPlan? {
        guard let fixed = country.fixedLineExample.flatMap(split) else { return nil }
        return CountryPlan(
            iso: country.iso, name: country.name, callingCode: country.callingCode, weight: 0,
            vobizCurrency: euro.contains(country.iso) ? "EUR" : "USD", plivoLocalRestriction: nil,
            areas: [Area(fixed.prefix, fixed.digits, country.name, region: "Nationwide", regionName: "Nationwide")],
            mobile: country.mobileExample.flatMap(split).map { Range([$0.prefix], $0.digits) },
            tollfree: country.tollFreeExample.flatMap(split).map { Range([$0.prefix], $0.digits) })
    }

    /// An example national number as a prefix and the count of random digits after it (four).
    private static func split(_ example: String) -> (prefix: String, digits: Int)? {
        guard example.count > 5 else { return nil }
        return (String(example.dropLast(4)), 4)
    }
}
