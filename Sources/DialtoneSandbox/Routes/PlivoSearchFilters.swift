/// Plivo's search filters beyond type, pattern and services (seed 003), over the seeded data:
/// `region` (fixed numbers), `city` (local numbers), and for the US and Canada `lata`,
/// `rate_center`, `npanxx` and `local_calling_area`.
enum PlivoSearchFilters {
    /// Adds each filter the query carries to `listing`; returns them for the `meta` links.
    static func apply(_ query: QueryReader, plan: CountryPlan, to listing: inout NumberQuery) throws -> [(String, String)] {
        var applied: [(String, String)] = []
        let northAmerica = plan.iso == "US" || plan.iso == "CA"
        for (name, column) in [("region", "region_name"), ("city", "city"), ("rate_center", "rate_center")] {
            guard let value = query.string(name) else { continue }
            guard value.count <= 100 else { throw WireError.badRequest("\(name) is too long") }
            if name == "rate_center", !northAmerica { throw WireError.badRequest("rate_center applies to US and CA numbers only") }
            listing.require("\(column) = ? COLLATE NOCASE", [value])
            applied.append((name, value))
        }
        if let lata = query.string("lata") {
            guard northAmerica else { throw WireError.badRequest("lata applies to US and CA numbers only") }
            guard let value = Int(lata), value >= 0 else { throw WireError.badRequest("lata must be an integer") }
            listing.require("lata = ?", [value])
            applied.append(("lata", lata))
        }
        let widen = try query.bool("local_calling_area") ?? false
        if let npanxx = query.string("npanxx") {
            guard northAmerica else { throw WireError.badRequest("npanxx applies to US and CA numbers only") }
            guard npanxx.count == 6, npanxx.allSatisfy(\.isASCIIDigit) else { throw WireError.badRequest("npanxx must be six digits") }
            // The local calling area of an NPA-NXX is, in the sandbox, its whole area code.
            listing.require(prefix: "+1" + (widen ? String(npanxx.prefix(3)) : npanxx))
            applied.append(("npanxx", npanxx))
            if widen { applied.append(("local_calling_area", "true")) }
        } else if widen {
            throw WireError.badRequest("local_calling_area needs npanxx")
        }
        return applied
    }
}
