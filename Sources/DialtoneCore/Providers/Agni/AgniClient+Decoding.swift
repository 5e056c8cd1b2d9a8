import Foundation

/// `{success, message, data[]}` (seed 002).
struct AgniListDTO: Decodable {
    var success: Bool?
    var message: String?
    var data: [AgniNumberDTO]
    /// Entries that could not be read and were left out.
    var skipped: Int

    enum Keys: String, CodingKey { case success, message, data }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        success = try c.lenientBool(.success)
        message = try c.lenientString(.message)
        let list = try c.lossyList(.data, of: AgniNumberDTO.self)
        data = list.items
        skipped = list.skipped
    }
}

/// One purchased number. Field casing varies across Agni endpoints: both spellings accepted.
/// Prices are amounts without a currency (the profile's is used).
struct AgniNumberDTO: Decodable {
    var id: String?
    var number: String
    var friendlyName: String?
    var price: Decimal?
    var perMinuteInbound: Decimal?
    var perMinuteOutbound: Decimal?
    var subscriptionID: String?
    var inboundTrunkID: String?
    var outboundTrunkID: String?
    var region: String?
    var isoCountry: String?
    var isActive: Bool?
    var createdAt: Date?
    var updatedAt: Date?

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        /// The field under its snake_case name, else under its camelCase one.
        func field<Value>(_ snake: String, _ read: (Key) throws -> Value?) rethrows -> Value? {
            try read(Key(stringValue: snake)) ?? read(Key(stringValue: Self.camelCase(snake)))
        }
        guard let number = try field("number", c.lenientString) ?? field("phone_number", c.lenientString) else {
            throw DecodingError.keyNotFound(Key(stringValue: "number"), .init(codingPath: c.codingPath, debugDescription: "no number"))
        }
        self.number = number
        id = try c.lenientString(Key(stringValue: "id"))
        friendlyName = try field("friendly_name", c.lenientString)
        price = try field("price", c.lenientAmount)
        perMinuteInbound = try field("per_minute_price_inbound", c.lenientAmount)
        perMinuteOutbound = try field("per_minute_price_outbound", c.lenientAmount)
        subscriptionID = try field("subscription_id", c.lenientID)
        inboundTrunkID = try field("inbound_trunk_id", c.lenientID)
        outboundTrunkID = try field("outbound_trunk_id", c.lenientID)
        region = try c.lenientString(Key(stringValue: "region"))
        isoCountry = try field("iso_country", c.lenientString)
        isActive = try field("is_active", c.lenientBool)
        createdAt = field("created_at", c.lenientDate)
        updatedAt = field("updated_at", c.lenientDate)
    }

    /// `per_minute_price_inbound` → `perMinutePriceInbound`.
    static func camelCase(_ snake: String) -> String {
        let parts = snake.split(separator: "_")
        return parts.prefix(1).joined() + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// - Parameter currency: the profile's, since Agni states none.
    func ownedNumber(currency: String) -> OwnedNumber {
        let e164 = E164.fromWire(number)
        let money = { (amount: Decimal?) in amount.map { Money($0, currency) } }
        return OwnedNumber(
            provider: .agni, e164: e164,
            country: isoCountry ?? CountryCatalog.country(forNumber: e164)?.iso ?? "", region: region,
            status: isActive == false ? .inactive : .active, monthlyFee: money(price),
            label: friendlyName, purchasedAt: createdAt,
            details: OwnedDetails(OwnedDetails.Fields(
                inboundTrunkID: inboundTrunkID, outboundTrunkID: outboundTrunkID, subscriptionID: subscriptionID,
                inboundPerMinute: money(perMinuteInbound), outboundPerMinute: money(perMinuteOutbound), updatedAt: updatedAt
            ))
        )
    }
}
