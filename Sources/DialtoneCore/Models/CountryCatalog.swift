/// A country as the pickers and decoders need it.
public struct Country: Sendable, Hashable, Codable {
    /// ISO 3166-1 alpha-2, upper case.
    public var iso: String
    public var name: String
    /// Calling code digits without `+` (`"1"`, `"44"`).
    public var callingCode: String

    public init(iso: String, name: String, callingCode: String) {
        self.iso = iso
        self.name = name
        self.callingCode = callingCode
    }
}

/// The countries Dialtone knows by name and calling code, for the country picker and for
/// providers that answer with country names (Plivo) instead of ISO codes.
public enum CountryCatalog {
    /// Every known country, sorted by name.
    public static let all: [Country] = table.map { Country(iso: $0.0, name: $0.1, callingCode: $0.2) }
        .sorted { $0.name < $1.name }

    private static let byISO: [String: Country] = Dictionary(uniqueKeysWithValues: all.map { ($0.iso, $0) })
    /// Shared calling codes belong to their largest country (`1` → US, `7` → RU).
    private static let byCallingCode: [String: Country] = Dictionary(all.map { ($0.callingCode, $0) }) { first, second in
        ["US", "RU"].contains(second.iso) ? second : first
    }
    private static let byName: [String: Country] = Dictionary(all.map { ($0.name.uppercased(), $0) }) { first, _ in first }

    /// The country with ISO code `iso` (any case).
    public static func country(iso: String) -> Country? { byISO[iso.uppercased()] }

    /// ISO code for a country name or code as a provider spells it (`"UNITED STATES"`, `"us"`).
    public static func isoCode(forName text: String) -> String? {
        let key = text.trimmingCharacters(in: .whitespaces).uppercased()
        if byISO[key] != nil { return key }
        return byName[key]?.iso ?? aliases[key]
    }

    /// The country whose calling code starts `e164` (longest code wins; `+1` is reported as US).
    public static func country(forNumber e164: String) -> Country? {
        let digits = E164.digits(e164)
        for length in stride(from: 3, through: 1, by: -1) where digits.count > length {
            if let match = byCallingCode[String(digits.prefix(length))] { return match }
        }
        return nil
    }

    /// Countries whose name, ISO code or calling code matches `text` (case-insensitive; `+44` or `44`).
    public static func matching(_ text: String) -> [Country] {
        let needle = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard !needle.isEmpty else { return all }
        let code = needle.hasPrefix("+") ? String(needle.dropFirst()) : needle
        return all.filter {
            $0.iso.lowercased() == needle || $0.name.lowercased().contains(needle)
                || (!code.isEmpty && code.allSatisfy(\.isASCIIDigit) && $0.callingCode.hasPrefix(code))
        }
    }

    private static let aliases: [String: String] = [
        "USA": "US", "UNITED STATES OF AMERICA": "US", "UK": "GB", "GREAT BRITAIN": "GB",
        "KOREA": "KR", "SOUTH KOREA": "KR", "UAE": "AE", "RUSSIA": "RU", "CZECHIA": "CZ",
    ]

    private static let table: [(String, String, String)] = [
        ("AE", "United Arab Emirates", "971"), ("AR", "Argentina", "54"), ("AT", "Austria", "43"),
        ("AU", "Australia", "61"), ("BE", "Belgium", "32"), ("BG", "Bulgaria", "359"), ("BR", "Brazil", "55"),
        ("CA", "Canada", "1"), ("CH", "Switzerland", "41"), ("CL", "Chile", "56"), ("CN", "China", "86"),
        ("CO", "Colombia", "57"), ("CZ", "Czech Republic", "420"), ("DE", "Germany", "49"), ("DK", "Denmark", "45"),
        ("EE", "Estonia", "372"), ("EG", "Egypt", "20"), ("ES", "Spain", "34"), ("FI", "Finland", "358"),
        ("FR", "France", "33"), ("GB", "United Kingdom", "44"), ("GR", "Greece", "30"), ("HK", "Hong Kong", "852"),
        ("HR", "Croatia", "385"), ("HU", "Hungary", "36"), ("ID", "Indonesia", "62"), ("IE", "Ireland", "353"),
        ("IL", "Israel", "972"), ("IN", "India", "91"), ("IS", "Iceland", "354"), ("IT", "Italy", "39"),
        ("JP", "Japan", "81"), ("KE", "Kenya", "254"), ("KR", "Korea, Republic of", "82"), ("LT", "Lithuania", "370"),
        ("LU", "Luxembourg", "352"), ("LV", "Latvia", "371"), ("MX", "Mexico", "52"), ("MY", "Malaysia", "60"),
        ("NG", "Nigeria", "234"), ("NL", "Netherlands", "31"), ("NO", "Norway", "47"), ("NZ", "New Zealand", "64"),
        ("PE", "Peru", "51"), ("PH", "Philippines", "63"), ("PK", "Pakistan", "92"), ("PL", "Poland", "48"),
        ("PR", "Puerto Rico", "1"), ("PT", "Portugal", "351"), ("RO", "Romania", "40"), ("RS", "Serbia", "381"),
        ("RU", "Russian Federation", "7"), ("SA", "Saudi Arabia", "966"), ("SE", "Sweden", "46"),
        ("SG", "Singapore", "65"), ("SI", "Slovenia", "386"), ("SK", "Slovakia", "421"), ("TH", "Thailand", "66"),
        ("TR", "Turkey", "90"), ("TW", "Taiwan", "886"), ("UA", "Ukraine", "380"), ("US", "United States", "1"),
        ("VN", "Vietnam", "84"), ("ZA", "South Africa", "27"),
    ]
}
