import DialtoneCore

/// Finds one number's current listing, so a headless purchase is quoted from live fees.
enum InventoryLookup {
    /// The listing of `e164`, searched the way its provider searches.
    static func find(_ e164: String, country: String?, provider: any NumberProvider) async throws -> PhoneNumber {
        let digits = E164.digits(e164)
        let home = country.flatMap(CountryCatalog.country(iso:)) ?? CountryCatalog.country(forNumber: e164)
        var query = InventoryQuery(pageSize: 100)
        if provider.features.requiresCountry {
            guard let home else {
                throw DialtoneError(.validation, provider: provider.kind, detail: "cannot tell the country of \(e164); pass --country")
            }
            query.country = home.iso
            query.search = String(digits.dropFirst(home.callingCode.count))
        } else {
            query.search = digits
        }
        for page in 1...5 {
            let result = try await provider.searchInventory(query.onPage(page))
            if let match = result.items.first(where: { $0.digits == digits }) { return match }
            if !result.hasMore { break }
        }
        throw DialtoneError(.notFound, provider: provider.kind, detail: "\(e164) is not in the inventory")
    }
}
