import DialtoneCore
import Foundation

/// How numbers become printed records. Amounts are plain decimals with a separate currency
/// column, so scripts can read them exactly.
enum Records {
    static func inventory(_ number: PhoneNumber) -> Record {
        Record(fields: [
            ("number", number.e164), ("provider", number.provider.rawValue), ("country", number.country),
            ("region", number.region ?? ""), ("city", number.city ?? ""), ("type", number.type.rawValue),
            ("capabilities", capabilities(number.capabilities)),
            ("setup_fee", number.setupFee.map(amount) ?? ""), ("monthly_fee", number.monthlyFee.map(amount) ?? ""),
            ("currency", number.currency), ("requirements", number.requirements.lines.joined(separator: "; ")),
        ])
    }

    static func owned(_ number: OwnedNumber) -> Record {
        Record(fields: [
            ("number", number.e164), ("provider", number.provider.rawValue), ("country", number.country),
            ("region", number.region ?? ""), ("type", number.type.rawValue), ("status", number.status.rawValue),
            ("capabilities", capabilities(number.capabilities)),
            ("monthly_fee", number.monthlyFee.map(amount) ?? ""), ("currency", number.monthlyFee?.currency ?? ""),
            ("account", number.accountID.map(Redactor.maskIdentifier) ?? ""), ("label", number.label ?? ""),
        ])
    }

    static func capabilities(_ capabilities: Capabilities?) -> String {
        guard let capabilities else { return "" }
        return capabilities.list.map(\.rawValue).joined(separator: " ")
    }

    /// `"0.80"`: at least two decimals, no grouping, no currency.
    static func amount(_ money: Money) -> String {
        let text = money.formatted(grouping: false)
        return String(text.dropFirst(money.currency.count + 1))
    }
}
