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

    /// An owned number; `withDetails` (JSON and CSV) adds what only some providers say — routing,
    /// blocking, per-minute prices, dates — empty where a provider does not say it. The table
    /// leaves them out to stay as wide as a terminal. Every amount is in the one `currency`.
    /// `routesTo` is the name of the trunk or application the number routes to (empty for none).
    static func owned(_ number: OwnedNumber, withDetails: Bool, routesTo: String = "") -> Record {
        let details = number.details
        let currency = number.monthlyFee?.currency ?? details.inboundPerMinute?.currency ?? details.outboundPerMinute?.currency
        let fields = [
            ("number", number.e164), ("provider", number.provider.rawValue), ("country", number.country),
            ("region", number.region ?? ""), ("type", number.type.rawValue), ("status", number.status.rawValue),
            ("capabilities", capabilities(number.capabilities)),
            ("monthly_fee", number.monthlyFee.map(amount) ?? ""), ("currency", currency ?? ""),
            ("account", number.accountID.map(Redactor.maskIdentifier) ?? ""), ("label", number.label ?? ""),
        ]
        guard withDetails else { return Record(fields: fields) }
        return Record(fields: fields + [
            ("routes_to", routesTo),
            ("blocked", details.isBlocked.map(String.init) ?? ""),
            ("trunk_group_id", details.trunkGroupID ?? ""), ("inbound_trunk_id", details.inboundTrunkID ?? ""),
            ("outbound_trunk_id", details.outboundTrunkID ?? ""), ("application_id", details.applicationID ?? ""),
            ("subscription_id", details.subscriptionID ?? ""),
            ("inbound_per_minute", details.inboundPerMinute.map(amount) ?? ""),
            ("outbound_per_minute", details.outboundPerMinute.map(amount) ?? ""),
            ("purchased_at", timestamp(number.purchasedAt)), ("next_billing_at", timestamp(number.nextBillingAt)),
            ("updated_at", timestamp(details.updatedAt)),
        ])
    }

    /// `"voice sms"`; `"none"` when it has none, `"unknown"` when the provider did not say.
    static func capabilities(_ capabilities: Capabilities?) -> String {
        guard let capabilities else { return "unknown" }
        return capabilities.list.isEmpty ? "none" : capabilities.list.map(\.rawValue).joined(separator: " ")
    }

    /// ISO 8601 in UTC (`2026-01-01T09:30:00Z`); empty when unknown.
    static func timestamp(_ date: Date?) -> String {
        date?.formatted(.iso8601) ?? ""
    }

    /// `"0.80"`: at least two decimals, no grouping, no currency.
    static func amount(_ money: Money) -> String {
        let text = money.formatted(grouping: false)
        return String(text.dropFirst(money.currency.count + 1))
    }
}
