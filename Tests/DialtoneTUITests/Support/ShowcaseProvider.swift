import DialtoneCore
import Foundation

/// A provider whose rows look like one real provider's: Vobiz (no type, place names in the
/// region, INR), Plivo (US cities in capitals, regions that name the country, types, USD) or
/// Agni (owned numbers only); or one that cannot be reached at all.
struct ShowcaseProvider: NumberProvider {
    var kind: ProviderKind
    var accountID: String { kind == .plivo ? "MAPLIVO0000000000001" : "MA_7f3c9a21b4" }
    var endpoint = "https://showcase.test"
    /// Every call fails with this error (an unreachable provider).
    var failure: DialtoneError?

    var features: ProviderFeatures {
        ProviderFeatures(
            canSearch: kind != .agni, canBuy: kind != .agni, hasBalance: kind != .agni, requiresCountry: kind == .plivo,
            maxPageSize: 100, filtersTypeOnServer: kind == .plivo,
            filtersCapabilitiesOnServer: kind == .plivo, searchHelp: kind == .plivo ? "digits after the country code" : "digits anywhere")
    }

    static let listedSince = "2025-06-12T08:36:00Z"

    static let vobizNumbers: [PhoneNumber] = (0..<60).map { index in
        let places = [("AE", "+97150", "Abu Dhabi", "Abu Dhabi"), ("IN", "+91804", "Karnataka", "Bengaluru"), ("IN", "+91226", "Maharashtra", "Mumbai")]
        let place = places[index % places.count]
        return PhoneNumber(
            provider: .vobiz, e164: place.1 + String(format: "%07d", 4_560_000 + index * 137), country: place.0,
            region: place.2, city: place.3, capabilities: index % 4 == 3 ? nil : Capabilities(voice: true, sms: index % 2 == 0),
            setupFee: Money(index % 3 == 0 ? 0 : 500, "INR"), monthlyFee: Money(Decimal(150 + index * 10), "INR"),
            extras: ["listed since": listedSince, "carrier": "Vobiz"])
    }

    static let plivoNumbers: [PhoneNumber] = (0..<60).map { index in
        let places = [("SEATTLE", "Washington, United States"), ("SAN FRANCISCO", "California, United States"), ("AUSTIN", "Texas, United States")]
        let place = places[index % places.count]
        return PhoneNumber(
            provider: .plivo, e164: "+1206555" + String(format: "%04d", 1000 + index * 71), country: "US",
            region: place.1, city: place.0, type: index % 5 == 4 ? .tollfree : .local,
            capabilities: Capabilities(voice: true, sms: true, mms: index % 2 == 0),
            setupFee: Money(0, "USD"), monthlyFee: Money(Decimal(string: "0.80")!, "USD"))
    }

    func searchInventory(_ query: InventoryQuery) async throws -> InventoryPage {
        if let failure { throw failure }
        let all = (kind == .plivo ? Self.plivoNumbers : Self.vobizNumbers).filter {
            (query.country == nil || $0.country == query.country) && (query.search.isEmpty || $0.e164.contains(query.search))
        }
        let items = Array(all.dropFirst(query.offset).prefix(query.pageSize))
        return InventoryPage(
            items: items, page: query.page, pageSize: query.pageSize, total: all.count,
            hasMore: query.offset + items.count < all.count, fetchedAt: FakeProvider.listedAt)
    }

    func purchase(_ number: PhoneNumber, permit: SendPermit) async throws -> PurchaseReceipt {
        PurchaseReceipt(provider: kind, e164: number.e164, status: .active, message: "created")
    }

    func ownedNumberList(_ query: OwnedQuery) async throws -> OwnedList {
        if let failure { throw failure }
        let statuses: [NumberStatus] = [.active, .active, .pending, .active]
        return OwnedList(numbers: (0..<4).map { index in
            switch kind {
            case .vobiz:
                OwnedNumber(
                    provider: .vobiz, e164: "+9180400\(String(format: "%05d", index * 91))", country: "IN", region: "Karnataka",
                    city: "Bengaluru", status: statuses[index], monthlyFee: Money(150, "INR"),
                    label: index == 0 ? "support line" : nil, purchasedAt: Date(timeIntervalSince1970: 1_740_000_000),
                    details: OwnedDetails(OwnedDetails.Fields(
                        isBlocked: index == 1, trunkGroupID: index == 0 ? "660e8400-e29b-41d4-a716-446655440001" : nil,
                        applicationID: index == 2 ? "app_5f2c91" : nil)),
                    nextBillingAt: Date(timeIntervalSince1970: 1_751_700_000))
            case .plivo:
                OwnedNumber(
                    provider: .plivo, e164: "+1206555\(String(format: "%04d", 2000 + index))", country: "US",
                    region: "Washington, United States", city: "SEATTLE", type: .local, status: statuses[index],
                    monthlyFee: Money(Decimal(string: "0.80")!, "USD"),
                    details: OwnedDetails(OwnedDetails.Fields(applicationID: index == 0 ? "20372631212782780" : nil)))
            case .agni:
                OwnedNumber(
                    provider: .agni, e164: "+1415555\(String(format: "%04d", 3000 + index))", country: "US", region: "CA",
                    status: statuses[index], monthlyFee: Money(2, "USD"), label: index == 1 ? "agent: bookings" : nil,
                    details: OwnedDetails(OwnedDetails.Fields(
                        inboundTrunkID: index == 0 ? "inbound_trunk_123" : nil, outboundTrunkID: index == 0 ? "outbound_trunk_123" : nil,
                        subscriptionID: "subscription_12\(index)", inboundPerMinute: Money(Decimal(string: "0.0085")!, "USD"),
                        outboundPerMinute: Money(Decimal(string: "0.012")!, "USD"), updatedAt: Date(timeIntervalSince1970: 1_749_900_000))))
            }
        })
    }

    func account(currency: String?) async throws -> Account {
        Account(provider: kind, id: accountID, billedAccountID: accountID, balance: Money(5_000, currency ?? "INR"))
    }
}
