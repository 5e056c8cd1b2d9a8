import Foundation

/// Everything read from the config file and the environment, resolved and validated.
public struct DialtoneConfiguration: Sendable {
    /// Profiles in file order, then those made from environment variables.
    public var profiles: [Profile]
    /// The profile used when none is named.
    public var defaultProfile: String?
    public var theme: String?
    /// The file's top-level `confirm_above`: the default of every profile, file or environment.
    public var confirmAbove: Decimal?
    /// The file's top-level `spend_limit_daily` and `spend_limit_monthly`: the default of every
    /// profile, file, environment or built-in sandbox.
    public var spendLimits = SpendLimits()
    /// Where logs go; logging is off when `nil`.
    public var logFile: String?
    public var logLevel: String
    /// Non-fatal problems (loose file modes, unknown keys), one line each.
    public var warnings: [String]
    /// The warnings about files holding a secret that others can read, or that others can
    /// write (also in `warnings`).
    public var looseSecretWarnings: [String] = []
    /// The config file looked at (it may not exist).
    public var path: String

    public init(profiles: [Profile] = [], defaultProfile: String? = nil, theme: String? = nil, logFile: String? = nil,
                logLevel: String = "info", warnings: [String] = [], path: String) {
        self.profiles = profiles
        self.defaultProfile = defaultProfile
        self.theme = theme
        self.logFile = logFile
        self.logLevel = logLevel
        self.warnings = warnings
        self.path = path
    }

    /// Records what is wrong with the mode of `path`, a file Dialtone trusts (see `FilePermissions`).
    mutating func checkPermissions(of path: String, holdsSecret: Bool) {
        let found = FilePermissions.warnings(path: path, holdsSecret: holdsSecret)
        warnings += found
        looseSecretWarnings += found
    }

    /// Whether any real credentials are configured (else the sandbox is used).
    public var hasCredentials: Bool { !profiles.isEmpty }

    /// The profile called `name`, or the default one, or the first.
    public func profile(named name: String?) throws -> Profile? {
        if let name {
            guard let match = profiles.first(where: { $0.name == name }) else {
                let known = profiles.map(\.name).joined(separator: ", ")
                throw DialtoneError(.configuration, detail: "no profile named \"\(name)\"; known: \(known.isEmpty ? "none" : known)")
            }
            return match
        }
        if let defaultProfile, let match = profiles.first(where: { $0.name == defaultProfile }) { return match }
        return profiles.first
    }

    /// `$XDG_CONFIG_HOME/dialtone/config.toml`, else `~/.config/dialtone/config.toml`; `DIALTONE_CONFIG` overrides.
    public static func defaultPath(environment: [String: String]) -> String {
        if let path = environment["DIALTONE_CONFIG"], !path.isEmpty { return path }
        return XDGDirectories.config(environment).appendingPathComponent("dialtone/config.toml").path
    }
}

/// The XDG base directories, with their documented defaults.
public enum XDGDirectories {
    public static func config(_ environment: [String: String]) -> URL { base("XDG_CONFIG_HOME", ".config", environment) }
    public static func data(_ environment: [String: String]) -> URL { base("XDG_DATA_HOME", ".local/share", environment) }
    public static func state(_ environment: [String: String]) -> URL { base("XDG_STATE_HOME", ".local/state", environment) }
    public static func cache(_ environment: [String: String]) -> URL { base("XDG_CACHE_HOME", ".cache", environment) }

    /// The user's home directory (`$HOME`, else the password database's).
    public static func home(_ environment: [String: String]) -> URL {
        if let home = environment["HOME"], !home.isEmpty { return URL(fileURLWithPath: home) }
        return FileManager.default.homeDirectoryForCurrentUser
    }

    /// `~/x` → `$HOME/x`.
    public static func expandTilde(_ path: String, _ environment: [String: String]) -> String {
        guard path.hasPrefix("~/") else { return path }
        return home(environment).appendingPathComponent(String(path.dropFirst(2))).path
    }

    private static func base(_ variable: String, _ fallback: String, _ environment: [String: String]) -> URL {
        if let value = environment[variable], value.hasPrefix("/") { return URL(fileURLWithPath: value) }
        return home(environment).appendingPathComponent(fallback)
    }
}
