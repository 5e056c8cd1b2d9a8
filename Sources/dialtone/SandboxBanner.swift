import DialtoneCore
import DialtoneSandbox
import Foundation

/// The text `dialtone sandbox serve` and `dialtone sandbox credentials` print.
enum SandboxBanner {
    static func text(baseURL: String, options: SandboxOptions) -> String {
        """
        Dialtone sandbox listening on \(baseURL)
          database \(options.databasePath) · \(Plural.count(options.numbers, "number"))\(options.owned > 0 ? " · \(options.owned) owned per main account" : "") · seed \(options.seed)

        \(credentials(baseURL: baseURL))

        \(exposure(host: options.host))Admin (loopback only; POSTs need Content-Type: application/json): GET/POST \(baseURL)/_sandbox/faults · POST \(baseURL)/_sandbox/fees · POST \(baseURL)/_sandbox/relabel · GET \(baseURL)/_sandbox/balances · GET \(baseURL)/_sandbox/ledger
        Press Ctrl-C to stop.
        """
    }

    /// A warning line when `host` is reachable from other machines, else nothing.
    static func exposure(host: String) -> String {
        let loopback = ["127.0.0.1", "localhost", "::1"].contains(host.lowercased()) || host.hasPrefix("127.")
        return loopback ? "" : "WARNING: listening on \(host), not loopback: other machines can reach this sandbox, and its test credentials are public.\n"
    }

    static func credentials(baseURL: String) -> String {
        typealias C = SandboxCredentials
        return """
            Vobiz  \(baseURL)/api/v1/Account/{auth_id}/…   headers X-Auth-ID / X-Auth-Token
                   main         \(C.vobizMainAuthID)  \(C.vobizMainToken)
                   sub-account  \(C.vobizSubAuthID)  \(C.vobizSubToken)   (billed to the main account)
            Plivo  \(baseURL)/v1/Account/{auth_id}/…   HTTP Basic auth_id:auth_token
                   main         \(C.plivoMainAuthID)  \(C.plivoMainToken)
                   sub-account  \(C.plivoSubAuthID)  \(C.plivoSubToken)   (can search, cannot buy)
            Agni   \(baseURL)/api/v1/phone-numbers/list   header X-Api-Key
                   key          \(C.agniAPIKey)
            """
    }

    static func json(baseURL: String) throws -> String {
        typealias C = SandboxCredentials
        let document: [String: Any] = [
            "base_url": baseURL,
            "vobiz": [
                "main": ["auth_id": C.vobizMainAuthID, "auth_token": C.vobizMainToken],
                "sub_account": ["auth_id": C.vobizSubAuthID, "auth_token": C.vobizSubToken],
            ],
            "plivo": [
                "main": ["auth_id": C.plivoMainAuthID, "auth_token": C.plivoMainToken],
                "sub_account": ["auth_id": C.plivoSubAuthID, "auth_token": C.plivoSubToken],
            ],
            "agni": ["api_key": C.agniAPIKey],
        ]
        let data = try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }
}
