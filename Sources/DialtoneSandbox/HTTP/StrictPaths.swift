import HTTPTypes

/// Path rules the providers enforce that a router would forgive: Plivo answers a path without its
/// trailing `/` with 404 (PROVIDERS.md: "Every path ends with `/`"); Vobiz answers its inventory
/// listing (seed 000, which documents only `GET`) with 405 for any other method, naming `GET` in
/// `Allow`, as an HTTP server does for a resource it has.
enum StrictPaths {
    /// The error a provider answers `method` on `path` with before any route sees it, if it does.
    static func refusal(_ path: String, method: HTTPRequest.Method, provider: Provider) -> WireError? {
        if provider == .plivo, path.hasPrefix("/v1/"), !path.hasSuffix("/") {
            return WireError.notFound("not found")
        }
        if provider == .vobiz, method != .get, isVobizInventory(path) {
            var error = WireError(status: .methodNotAllowed, message: "method not allowed")
            error.headers[.allow] = "GET"
            return error
        }
        return nil
    }

    /// `/api/v1/Account/{auth_id}/inventory/numbers`, under either documented casing.
    private static func isVobizInventory(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 7 && parts[0].isEmpty && parts[1] == "api" && parts[2] == "v1"
            && (parts[3] == "Account" || parts[3] == "account") && !parts[4].isEmpty && parts[5] == "inventory" && parts[6] == "numbers"
    }
}
