import DialtoneCore
import Foundation

/// A provider with a fixed, varied inventory: wide glyphs, accents, fees in three currencies,
/// requirements and a minimum commitment.
struct FakeProvider: NumberProvider {
    var kind: ProviderKind = .vobiz
    var accountID = "SA_7f3c9a21b4"
    var endpoint = "https://fake.test"
    var features = ProviderFeatures(
        canSearch: true, canBuy: true, hasBalance: true, requiresCountry: false, maxPageSize: 100,
        filtersTypeOnServer: false, filtersCapabilitiesOnServer: false, searchHelp: "digits anywhere in the number")

    /// How many numbers the account owns.
    var ownedCount = 12
    /// The trunks the account lists; when set, every fourth owned number routes to the first
    /// and the one after it to a trunk the list does not name. `nil`: no list, nothing routed.
    var trunks: [RouteTarget]?
    /// When set, every search fails with it.
    var searchFailure: DialtoneError?
    /// When set, every search answers only after it (a slow provider).
    var searchDelay: Duration?

    static let listedAt = Date(timeIntervalSince1970: 1_750_000_000 - 125)

    static let numbers: [PhoneNumber] = (0..<40).map { index in
        let places: [(String, String, String?, String?)] = [
            ("US", "+1415555", "CA", "San Francisco"), ("IN", "+9198765", "Maharashtra", "Mumbai"),
            ("BR", "+5511987", "SP", "São Paulo"), ("JP", "+8135550", "Tōkyō", "東京都千代田区"),
            ("DE", "+4930123", "Berlin", nil), ("GB", "+4420794", nil, "London"),
        ]
        let place = places[index % places.count]
        let currency = ["USD", "INR", "EUR"][index % 3]
        let requirements = index % 4 == 1
            ? Requirements(aadhaarVerificationRequired: true, minimumCommitmentMonths: 3)
            : (index % 5 == 2 ? Requirements(restriction: "city-address", restrictionText: "proof of address in the city") : .none)
        return PhoneNumber(
            id: "n\(index)", provider: .vobiz, e164: place.1 + String(format: "%04d", 1000 + index * 37),
            country: place.0, region: place.2, city: place.3,
            type: [NumberType.local, .mobile, .tollfree][index % 3],
            capabilities: index % 7 == 3 ? nil : Capabilities(voice: true, sms: index % 2 == 0, mms: index % 3 == 0, fax: index % 5 == 0),
            setupFee: Money(index % 3 == 0 ? 0 : Decimal(index * 25) / 10, currency),
            monthlyFee: Money(Decimal(100 + index * 35) / 100, currency),
            requirements: requirements, extras: index == 0 ? ["rate center": "SNFC CA SN", "LATA": "722"] : [:])
    }

    func searchInventory(_ query: InventoryQuery) async throws -> InventoryPage {
        if let searchDelay { try await Task.sleep(for: searchDelay) }
        if let searchFailure { throw searchFailure }
        let all = Self.numbers.filter { query.country == nil || $0.country == query.country }
        let items = Array(all.dropFirst(query.offset).prefix(query.pageSize))
        return InventoryPage(
            items: items, page: query.page, pageSize: query.pageSize, total: all.count,
            hasMore: query.offset + items.count < all.count, fetchedAt: Self.listedAt)
    }

    func purchase(_ number: PhoneNumber, permit: SendPermit) async throws -> PurchaseReceipt {
        PurchaseReceipt(provider: kind, e164: number.e164, status: .active, message: "Number purchased successfully", accountID: "MA_00aa11bb22")
    }

    func ownedNumberList(_ query: OwnedQuery) async throws -> OwnedList {
        let statuses: [NumberStatus] = [.active, .pending, .blocked, .active, .pendingRelease]
        return OwnedList(numbers: (0..<ownedCount).map { index in
            OwnedNumber(
                provider: kind, e164: "+91804\(String(format: "%07d", index * 91))", country: "IN", region: "Karnataka",
                city: "Bengaluru", type: .local, capabilities: Capabilities(voice: true), status: statuses[index % statuses.count],
                monthlyFee: Money(Decimal(index % 2 == 0 ? 150 : 2), index % 2 == 0 ? "INR" : "USD"),
                label: index == 0 ? "support line ☎" : nil, details: trunk(forOwned: index))
        })
    }

    private func trunk(forOwned index: Int) -> OwnedDetails {
        guard let first = trunks?.first, index % 4 < 2 else { return .none }
        return OwnedDetails(OwnedDetails.Fields(trunkGroupID: index % 4 == 0 ? first.route.id : "tg-0999"))
    }

    func routeTargets() async throws -> [RouteTarget] {
        guard let trunks else { throw DialtoneError(.unsupported, provider: kind, detail: "no list of trunks") }
        return trunks
    }

    func account(currency: String?) async throws -> Account {
        Account(provider: kind, id: accountID, billedAccountID: "MA_00aa11bb22", balance: Money(5_000, currency ?? "USD"))
    }
}
