import DialtoneCore
import Foundation

/// A provider whose account owns `count` generated numbers, answered from memory: it isolates
/// the owned view's own cost (merge, sort, search keys, filtering) from any network.
struct SyntheticOwnedProvider: NumberProvider {
    let kind = ProviderKind.vobiz
    let accountID = "MA_SYNTHETIC01"
    let endpoint = "memory"
    let count: Int

    var features: ProviderFeatures {
        ProviderFeatures(
            canSearch: false, canBuy: false, hasBalance: false, requiresCountry: false, maxPageSize: 100,
            filtersTypeOnServer: false, filtersCapabilitiesOnServer: false, searchHelp: "")
    }

    func searchInventory(_ query: InventoryQuery) async throws -> InventoryPage {
        InventoryPage(items: [], page: query.page, pageSize: query.pageSize, total: 0, hasMore: false)
    }

    func purchase(_ number: PhoneNumber) async throws -> PurchaseReceipt {
        throw DialtoneError(.unsupported, provider: kind)
    }

    func account(currency: String?) async throws -> Account {
        throw DialtoneError(.unsupported, provider: kind)
    }

    /// Deterministic numbers across a few countries, cities, statuses and currencies.
    func ownedNumberList(_ query: OwnedQuery) async throws -> OwnedList {
        let places = [
            ("US", "1", "California", "San Francisco", "USD"), ("US", "1", "New York", "New York", "USD"),
            ("IN", "91", "Karnataka", "Bengaluru", "INR"), ("IN", "91", "Maharashtra", "Mumbai", "INR"),
            ("GB", "44", "England", "London", "EUR"), ("DE", "49", "Berlin", "Berlin", "EUR"),
        ]
        let statuses: [NumberStatus] = [.active, .active, .active, .pending, .inactive]
        let types: [NumberType] = [.local, .mobile, .tollfree]
        return OwnedList(numbers: (0..<count).map { index in
            let (country, code, region, city, currency) = places[index % places.count]
            var mixer = UInt64(index) &* 0x9E37_79B9_7F4A_7C15
            mixer ^= mixer >> 29
            let digits = String(format: "%010llu", mixer % 10_000_000_000)
            return OwnedNumber(
                provider: kind, e164: "+\(code)\(digits)", country: country, region: region, city: city,
                type: types[index % types.count], capabilities: Capabilities(voice: true, sms: index % 3 != 0),
                status: statuses[index % statuses.count], monthlyFee: Money(Decimal(100 + index % 400) / 100, currency),
                accountID: accountID, label: index % 7 == 0 ? "support line \(index % 50)" : nil)
        })
    }
}
