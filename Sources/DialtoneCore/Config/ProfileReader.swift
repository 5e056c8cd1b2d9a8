import Foundation
import TOMLKit

/// Reads one `[profiles.NAME]` table into a `Profile`.
struct ProfileReader {
    let document: TOMLDocument
    let name: String
    let environment: [String: String]
    let defaultThreshold: Decimal?
    /// The file's top-level spend limits.
    let defaultLimits: SpendLimits

    static let keys: Set<String> = [
        "provider", "auth_id", "token", "token_env", "token_file", "base_url", "confirm_above", "currency", "sandbox",
        "app_id", "cnam_lookup", "subaccount", "compliance_application_id", "default_country", "spend_limit_daily", "spend_limit_monthly",
    ]

    var tableName: String { "profiles.\(name)" }

    func read(_ value: (any TOMLValueConvertible)?) throws -> Profile {
        guard let table = value?.table else {
            throw failure("profile", "[profiles.\(name)] must be a table")
        }
        guard let providerName = try document.string(table, "provider", table: tableName) else {
            throw failure("provider", "provider is missing (vobiz, plivo or agni)")
        }
        guard let provider = ProviderKind(rawValue: providerName.lowercased()) else {
            throw failure("provider", "provider \"\(providerName)\" is not one of vobiz, plivo, agni")
        }
        let authID = try document.string(table, "auth_id", table: tableName) ?? (provider == .agni ? "agni" : "")
        if authID.isEmpty { throw failure("auth_id", "auth_id is missing") }
        let token = try readToken(table)
        let baseURL = try document.string(table, "base_url", table: tableName)
        if let baseURL, let problem = BaseURLPolicy.problem(baseURL) {
            throw failure("base_url", "base_url \(problem)")
        }
        let currency = try document.string(table, "currency", table: tableName) ?? "USD"
        let isSandbox = try readSandboxFlag(table, baseURL: baseURL)
        let country = try document.string(table, "default_country", table: tableName)
        let defaultCountry = try country.map { code in
            guard let known = CountryCatalog.country(iso: code) else {
                throw failure("default_country", "default_country \"\(code)\" is not an ISO country code (US, IN, GB, …)")
            }
            return known.iso
        }
        // With nothing configured, a real profile asks for the typed digits on every purchase.
        let threshold = try document.decimal(table, "confirm_above", table: tableName) ?? defaultThreshold ?? (isSandbox ? nil : 0)
        return Profile(
            name: name,
            credentials: ProviderCredentials(provider: provider, authID: authID, token: token, baseURL: baseURL, currency: currency),
            confirmAbove: threshold, spendLimits: try document.spendLimits(table, table: tableName).merged(over: defaultLimits),
            isSandbox: isSandbox,
            origin: document.location(key: "provider", table: tableName),
            plivoBuyOptions: try readBuyOptions(table, provider: provider), defaultCountry: defaultCountry
        )
    }

    /// `sandbox = true`, which drops the typed digits and shows the SANDBOX badge: honoured only
    /// for a base URL on this machine, never for a provider's real endpoint.
    private func readSandboxFlag(_ table: TOMLTable, baseURL: String?) throws -> Bool {
        guard let value = table["sandbox"] else { return false }
        guard let flag = value.bool else { throw failure("sandbox", "sandbox must be true or false") }
        if flag, !(baseURL.map(BaseURLPolicy.isLoopbackURL) ?? false) {
            throw failure("sandbox", "sandbox = true needs a base_url on this machine (127.0.0.1, localhost or [::1]); "
                + "\(baseURL.map { "\"\($0)\" is not one" } ?? "without one the provider's real endpoint is used")")
        }
        return flag
    }

    /// `app_id`, `cnam_lookup`, `subaccount` and `compliance_application_id`: Plivo profiles only.
    private func readBuyOptions(_ table: TOMLTable, provider: ProviderKind) throws -> PlivoBuyOptions {
        let keys = ["app_id", "cnam_lookup", "subaccount", "compliance_application_id"].filter { table[$0] != nil }
        guard !keys.isEmpty else { return .none }
        guard provider == .plivo else {
            throw failure(keys[0], "\(keys[0]) applies to Plivo profiles only")
        }
        var cnam: Bool?
        if let value = table["cnam_lookup"] {
            guard let flag = value.bool ?? value.string.flatMap(PlivoBuyOptions.cnamLookup) else {
                throw failure("cnam_lookup", "cnam_lookup must be enabled or disabled")
            }
            cnam = flag
        }
        let options = PlivoBuyOptions(
            appID: try document.string(table, "app_id", table: tableName), cnamLookup: cnam,
            subaccount: try document.string(table, "subaccount", table: tableName),
            complianceApplicationID: try document.string(table, "compliance_application_id", table: tableName))
        if let problem = options.problem { throw failure(problem.key, problem.message) }
        return options
    }

    /// Unknown keys, as warnings.
    func unknownKeyWarnings(for table: TOMLTable?) -> [String] {
        guard let table else { return [] }
        return table.keys.filter { !Self.keys.contains($0) }.map {
            "\(document.location(key: $0, table: tableName)): unknown key \"\($0)\" in [profiles.\(name)] ignored"
        }
    }

    /// The profile's `token_file`, expanded, when it has one.
    func tokenFilePath(for table: TOMLTable?) -> String? {
        table?["token_file"]?.string.map { XDGDirectories.expandTilde($0, environment) }
    }

    /// The token from exactly one of `token_env`, `token_file` or inline `token`.
    private func readToken(_ table: TOMLTable) throws -> Secret {
        let sources = ["token", "token_env", "token_file"].filter { table[$0] != nil }
        guard sources.count == 1 else {
            throw failure(sources.last ?? "token", sources.isEmpty
                ? "no token: set token_env (an environment variable's name), token_file, or token"
                : "give only one of \(sources.joined(separator: ", "))")
        }
        if let variable = try document.string(table, "token_env", table: tableName) {
            guard let value = environment[variable], !value.isEmpty else {
                throw failure("token_env", "environment variable \(variable) is not set")
            }
            return Secret(value)
        }
        if let file = try document.string(table, "token_file", table: tableName) {
            let path = XDGDirectories.expandTilde(file, environment)
            guard let value = try? String(contentsOfFile: path, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
                throw failure("token_file", "token_file \(path) cannot be read or is empty")
            }
            return Secret(value)
        }
        let inline = try document.string(table, "token", table: tableName) ?? ""
        guard !inline.isEmpty else { throw failure("token", "token is empty") }
        return Secret(inline)
    }

    private func failure(_ key: String, _ message: String) -> DialtoneError {
        DialtoneError(.configuration, detail: "\(document.location(key: key, table: tableName)): \(message)")
    }
}
