/// Finds one number's listing, so a purchase is quoted — and re-checked just before it is
/// sent — from the provider's live fees rather than from a page read earlier.
public enum InventoryLookup {
    /// The listing of `e164`, searched the way its provider searches (up to five pages).
    public static func find(_ e164: String, country: String?, provider: any NumberProvider) async throws -> PhoneNumber {
        let (query, digits) = try query(for: e164, country: country, provider: provider)
        for page in 1...5 {
            let result = try await provider.searchInventory(query.onPage(page))
            if let match = result.items.first(where: { $0.digits == digits }) { return match }
            if !result.hasMore { break }
        }
        throw DialtoneError(.notFound, provider: provider.kind, detail: "\(e164) is not in the inventory")
    }

    /// `number`'s listing now, read with one request; `nil` when it is no longer for sale.
    public static func current(_ number: PhoneNumber, provider: any NumberProvider) async throws -> PhoneNumber? {
        let (query, digits) = try query(for: number.e164, country: number.country, provider: provider)
        let result = try await provider.searchInventory(query.onPage(1))
        return result.items.first { $0.digits == digits }
    }

    /// The search that lists `e164`: the whole number for a substring search, the digits after
    /// the calling code for a provider that searches one country by prefix (Plivo).
    private static func query(for e164: String, country: String?, provider: any NumberProvider) throws -> (InventoryQuery, String) {
        let digits = E164.digits(e164)
        let home = country.flatMap(CountryCatalog.country(iso:)) ?? CountryCatalog.country(forNumber: e164)
        var query = InventoryQuery(pageSize: 20)
        if provider.features.requiresCountry {
            guard let home else {
                throw DialtoneError(.validation, provider: provider.kind, detail: "cannot tell the country of \(e164); pass --country")
            }
            query.country = home.iso
            query.search = String(digits.dropFirst(home.callingCode.count))
        } else {
            // Only a country the caller names: a shared calling code (+1) cannot tell it.
            query.country = country.flatMap(CountryCatalog.country(iso:))?.iso
            query.search = digits
        }
        return (query, digits)
    }
}
