/// Path rules the providers enforce that a router would forgive: Plivo answers a path without its
/// trailing `/` with 404 (PROVIDERS.md: "Every path ends with `/`").
enum StrictPaths {
    /// The error a provider answers `path` with before any route sees it, if it does.
    static func refusal(_ path: String, provider: Provider) -> WireError? {
        if provider == .plivo, path.hasPrefix("/v1/"), !path.hasSuffix("/") {
            return WireError.notFound("not found")
        }
        return nil
    }
}
