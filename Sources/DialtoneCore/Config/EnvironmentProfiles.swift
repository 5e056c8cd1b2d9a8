import Foundation

/// Profiles made from the providers' usual environment variables.
enum EnvironmentProfiles {
    /// The profiles, each asking for typed digits above `confirmAbove` (the file's top-level
    /// value, else 0: every purchase) and keeping the file's top-level `spendLimits`; throws a
    /// configuration error naming `DIALTONE_BASE_URL` when it is not an acceptable base URL (remote
    /// ones must be https) and some profile would use it, or naming
    /// `VOBIZ_DEFAULT_COUNTRY`/`PLIVO_DEFAULT_COUNTRY` when it is not an ISO country code.
    static func make(_ environment: [String: String], confirmAbove: Decimal, spendLimits: SpendLimits = SpendLimits()) throws -> [Profile] {
        let baseURL = environment["DIALTONE_BASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
        var profiles: [Profile] = []
        if let id = value("VOBIZ_AUTH_ID", environment), let token = value("VOBIZ_AUTH_TOKEN", environment) {
            var vobiz = profile("vobiz", .vobiz, id, token, baseURL, "VOBIZ_AUTH_ID/VOBIZ_AUTH_TOKEN", confirmAbove)
            vobiz.defaultCountry = try country("VOBIZ_DEFAULT_COUNTRY", environment)
            profiles.append(vobiz)
        }
        if let id = value("PLIVO_AUTH_ID", environment), let token = value("PLIVO_AUTH_TOKEN", environment) {
            var plivo = profile("plivo", .plivo, id, token, baseURL, "PLIVO_AUTH_ID/PLIVO_AUTH_TOKEN", confirmAbove)
            plivo.defaultCountry = try country("PLIVO_DEFAULT_COUNTRY", environment)
            profiles.append(plivo)
        }
        if let key = value("RAVAN_API_KEY", environment) {
            profiles.append(profile("agni", .agni, "agni", key, baseURL, "RAVAN_API_KEY", confirmAbove))
        }
        for index in profiles.indices { profiles[index].spendLimits = spendLimits }
        if !profiles.isEmpty, let baseURL, let problem = BaseURLPolicy.problem(baseURL) {
            throw DialtoneError(.configuration, detail: "environment variable DIALTONE_BASE_URL: \(problem)")
        }
        return profiles
    }

    /// The ISO code in variable `name`, checked against the country table.
    private static func country(_ name: String, _ environment: [String: String]) throws -> String? {
        guard let code = value(name, environment) else { return nil }
        guard let known = CountryCatalog.country(iso: code) else {
            throw DialtoneError(.configuration, detail: "environment variable \(name): \"\(code)\" is not an ISO country code (US, IN, GB, …)")
        }
        return known.iso
    }

    private static func value(_ name: String, _ environment: [String: String]) -> String? {
        guard let value = environment[name], !value.isEmpty else { return nil }
        return value
    }

    private static func profile(
        _ name: String, _ provider: ProviderKind, _ id: String, _ token: String, _ baseURL: String?, _ origin: String,
        _ confirmAbove: Decimal
    ) -> Profile {
        Profile(
            name: name,
            credentials: ProviderCredentials(provider: provider, authID: id, token: Secret(token), baseURL: baseURL),
            confirmAbove: confirmAbove, origin: "environment (\(origin))"
        )
    }
}
