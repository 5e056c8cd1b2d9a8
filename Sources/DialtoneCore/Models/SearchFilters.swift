/// Plivo's documented search filters beyond country, type, pattern and services (seed 003):
/// `region` (fixed numbers), `city` (local numbers), and in the US and Canada `lata`,
/// `rate_center`, `npanxx` and `local_calling_area`.
public struct SearchFilters: Sendable, Hashable, Codable {
    /// One filter, as the filter form and the status bar name it.
    public enum Key: String, Sendable, Hashable, Codable, CaseIterable {
        case region, city, lata
        case rateCenter = "rate_center"
        case npanxx
        case localCallingArea = "local_calling_area"

        /// What the filter form says about it.
        public var help: String {
            switch self {
            case .region: "region name, e.g. Frankfurt (fixed numbers)"
            case .city: "city name (local numbers)"
            case .lata: "LATA, digits (US and Canada)"
            case .rateCenter: "rate center, e.g. SNFC CNTRL (US and Canada)"
            case .npanxx: "six-digit NPA-NXX prefix (US and Canada)"
            case .localCallingArea: "yes: widen npanxx to its local calling area"
            }
        }
    }

    public var region: String?
    public var city: String?
    public var lata: String?
    public var rateCenter: String?
    public var npanxx: String?
    public var localCallingArea: Bool?

    public init(
        region: String? = nil, city: String? = nil, lata: String? = nil, rateCenter: String? = nil, npanxx: String? = nil,
        localCallingArea: Bool? = nil
    ) {
        self.region = region
        self.city = city
        self.lata = lata
        self.rateCenter = rateCenter
        self.npanxx = npanxx
        self.localCallingArea = localCallingArea
    }

    /// The filter's value as text (`yes` / `no` for `local_calling_area`), `nil` when unset.
    public subscript(key: Key) -> String? {
        get {
            switch key {
            case .region: region
            case .city: city
            case .lata: lata
            case .rateCenter: rateCenter
            case .npanxx: npanxx
            case .localCallingArea: localCallingArea.map { $0 ? "yes" : "no" }
            }
        }
        set {
            let text = newValue.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0.trimmingCharacters(in: .whitespaces) }
            switch key {
            case .region: region = text
            case .city: city = text
            case .lata: lata = text
            case .rateCenter: rateCenter = text
            case .npanxx: npanxx = text
            case .localCallingArea: localCallingArea = text.map { ["yes", "true", "1", "on"].contains($0.lowercased()) }
            }
        }
    }

    /// The filters that are set, in form order.
    public var setKeys: [Key] { Key.allCases.filter { self[$0] != nil } }

    public var isEmpty: Bool { setKeys.isEmpty }

    /// `city SEATTLE`, `npanxx 206364`: one label per filter set, for the status bar.
    public var labels: [String] { setKeys.map { "\($0.rawValue) \(self[$0]!)" } }

    /// Why these filters cannot be sent, if they cannot: LATA is digits, NPA-NXX six digits, and
    /// the local calling area widens an NPA-NXX.
    public var problem: String? {
        if let lata, lata.isEmpty || lata.count > 5 || !lata.allSatisfy(\.isASCIIDigit) { return "lata must be digits" }
        if let npanxx, npanxx.count != 6 || !npanxx.allSatisfy(\.isASCIIDigit) { return "npanxx must be six digits" }
        if localCallingArea == true, npanxx == nil { return "local_calling_area needs npanxx" }
        for (key, value) in [(Key.region, region), (.city, city), (.rateCenter, rateCenter)] {
            if let value, value.count > 100 || value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                return "\(key.rawValue) must be plain text of at most 100 characters"
            }
        }
        return nil
    }

    /// The query parameters Plivo takes for these filters.
    var queryItems: [(String, String?)] {
        [
            ("region", region), ("city", city), ("lata", lata), ("rate_center", rateCenter), ("npanxx", npanxx),
            ("local_calling_area", localCallingArea.map { String($0) }),
        ]
    }
}
