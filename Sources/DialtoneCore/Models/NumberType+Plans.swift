import NumberingPlans

extension NumberType {
    /// The type a numbering plan implies: fixed line (or fixed-or-mobile, as in the US) is local.
    public init(_ kind: NumberingPlans.Kind) {
        switch kind {
        case .fixedLine, .fixedOrMobile: self = .local
        case .mobile: self = .mobile
        case .tollFree: self = .tollfree
        }
    }

    /// The type of `e164` by `country`'s numbering plan, for providers that send none (Vobiz);
    /// `nil` when the plan does not tell.
    public static func inferred(_ e164: String, country: String) -> NumberType? {
        NumberingPlans.kind(of: e164, country: country).map(NumberType.init)
    }
}
