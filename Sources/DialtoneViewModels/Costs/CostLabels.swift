import DialtoneCore

/// How a grouped trait is named: a stable key for scripts and a label for people.
enum CostLabels {
    /// The trait as scripts read it; an account id is masked as everywhere else it is printed.
    static func key(_ value: String, in dimension: CostDimension) -> String {
        dimension == .account && !value.isEmpty ? Redactor.maskIdentifier(value) : value
    }

    /// `Vobiz`, `MA12…789`, `IN India`, `toll-free`; `not stated` for an empty trait.
    static func label(_ value: String, in dimension: CostDimension) -> String {
        guard !value.isEmpty else { return "not stated" }
        switch dimension {
        case .provider: return ProviderKind(rawValue: value)?.displayName ?? value
        case .account: return Redactor.maskIdentifier(value)
        case .country: return CountryCatalog.country(iso: value).map { "\(value) \($0.name)" } ?? value
        case .type: return NumberType(rawValue: value).label
        }
    }
}
