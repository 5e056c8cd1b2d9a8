/// The API families the sandbox speaks, told apart by path so every error can be written in the
/// format the caller's client expects.
enum Provider: String, Sendable, CaseIterable {
    case vobiz, plivo, agni
    /// The sandbox's own `/_sandbox/…` admin endpoints.
    case admin

    /// The provider whose documented paths contain `path`.
    init(path: String) {
        if path.hasPrefix("/_sandbox/") {
            self = .admin
        } else if path.hasPrefix("/api/v1/phone-numbers/") {
            self = .agni
        } else if path.hasPrefix("/api/") {
            self = .vobiz
        } else {
            self = .plivo
        }
    }
}
