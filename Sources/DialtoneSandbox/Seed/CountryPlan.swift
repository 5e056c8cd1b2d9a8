/// A country's real numbering plan, reduced to what the generator needs to write believable numbers.
struct CountryPlan: Sendable {
    /// A geographic area code with the city and region it serves.
    struct Area: Sendable {
        var code: String
        /// Subscriber digits after the area code.
        var digits: Int
        var city: String
        /// Short region as Vobiz shows it (`CA`, `Karnataka`).
        var region: String
        /// Full region name (`California`).
        var regionName: String
        /// US/Canada rate centre and LATA.
        var rateCenter: String?
        var lata: Int?

        init(_ code: String, _ digits: Int, _ city: String, _ region: String) {
            self.init(code, digits, city, region: region, regionName: region)
        }

        init(
            _ code: String, _ digits: Int, _ city: String, region: String, regionName: String,
            rateCenter: String? = nil, lata: Int? = nil
        ) {
            self.code = code
            self.digits = digits
            self.city = city
            self.region = region
            self.regionName = regionName
            self.rateCenter = rateCenter
            self.lata = lata
        }

        /// A North American area code: seven subscriber digits, a rate centre and (US) a LATA.
        static func nanp(
            _ code: String, _ city: String, _ state: String, _ stateName: String, _ rateCenter: String, _ lata: Int?
        ) -> Area {
            Area(code, 7, city, region: state, regionName: stateName, rateCenter: rateCenter, lata: lata)
        }
    }

    /// Non-geographic numbers (mobile, toll-free, national): prefixes after the calling code.
    struct Range: Sendable {
        var prefixes: [String]
        var digits: Int
        init(_ prefixes: [String], _ digits: Int) {
            self.prefixes = prefixes
            self.digits = digits
        }
    }

    var iso: String
    /// English name in title case (`United States`); Plivo shows it upper-cased.
    var name: String
    /// Calling code without `+`.
    var callingCode: String
    /// Relative share of the inventory.
    var weight: Int
    /// Currency of Vobiz's fees for this country.
    var vobizCurrency: String
    /// Plivo's document requirement for local numbers here, if any.
    var plivoLocalRestriction: PlivoRestriction?
    var areas: [Area]
    var mobile: Range?
    var tollfree: Range?
    var national: Range?

    /// Every plan the generator knows, in ISO order so seeding is stable: the hand-made ones and,
    /// for the picker's other countries, plans from libphonenumber's examples.
    static let all: [CountryPlan] = (americas + asiaPacific + europe + middleEastAfrica + generated).sorted { $0.iso < $1.iso }

    /// The plan for an ISO 3166 alpha-2 code, case-insensitive.
    static func find(_ iso: String) -> CountryPlan? {
        let upper = iso.uppercased()
        return all.first { $0.iso == upper }
    }
}

/// Plivo's verification requirement on a number (seed 003's `restriction` values).
enum PlivoRestriction: String, Sendable {
    case cityAddress = "city-address"
    case countryAddress = "country-address"
    case termsAndConditions = "terms-and-conditions"

    var text: String {
        switch self {
        case .cityAddress: "This number requires a proof of address within the city of the number."
        case .countryAddress: "This number requires a proof of address within the country of the number."
        case .termsAndConditions: "This number requires accepting the carrier's terms and conditions before use."
        }
    }

    /// Documents must be approved before the number is active (seed 003); accepting terms
    /// needs none, so such a number is bought active.
    var needsDocuments: Bool { self != .termsAndConditions }
}
