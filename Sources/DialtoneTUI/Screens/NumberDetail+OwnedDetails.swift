import DialtoneCore
import DialtoneViewModels

extension NumberDetail {
    /// Agni's per-minute prices, `USD 0.0085/min`; nothing where the provider states none.
    static func rateLines(_ details: OwnedDetails) -> [Line] {
        [("Inbound rate", details.inboundPerMinute), ("Outbound rate", details.outboundPerMinute)].compactMap { label, price in
            price.map { Line(label: label, value: NumberFormatting.perMinute($0), role: feeRole($0)) }
        }
    }

    /// Where the number's calls go, by the provider's own ids: Vobiz's trunk group and
    /// application, Agni's SIP trunks and subscription, Plivo's application. Nothing for a number
    /// on no trunk and no application.
    static func routingLines(_ details: OwnedDetails) -> [Line] {
        [
            ("Trunk group", details.trunkGroupID), ("Inbound trunk", details.inboundTrunkID),
            ("Outbound trunk", details.outboundTrunkID), ("Application", details.applicationID),
            ("Subscription", details.subscriptionID),
        ].compactMap { label, id in id.map { Line(label: label, value: $0) } }
    }
}
