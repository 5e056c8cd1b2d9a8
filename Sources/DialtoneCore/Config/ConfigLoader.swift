import Foundation
import TOMLKit

/// Reads `config.toml` and the environment into a `DialtoneConfiguration`.
///
/// Errors name the file, the line and the key. Environment variables
/// (`VOBIZ_AUTH_ID`/`VOBIZ_AUTH_TOKEN`, `PLIVO_AUTH_ID`/`PLIVO_AUTH_TOKEN`, `RAVAN_API_KEY`,
/// and `DIALTONE_BASE_URL` for their base URL) add profiles named `vobiz`, `plivo`, `agni`.
public enum ConfigLoader {
    static let topLevelKeys: Set<String> = ["default_profile", "theme", "confirm_above", "log_file", "log_level", "profiles",
        "spend_limit_daily", "spend_limit_monthly", "spend_timezone",
    ]

    /// Loads the configuration; a missing file is not an error.
    public static func load(environment: [String: String], path: String? = nil) throws -> DialtoneConfiguration {
        let path = path ?? DialtoneConfiguration.defaultPath(environment: environment)
        var config = DialtoneConfiguration(path: path)
        if FileManager.default.fileExists(atPath: path) {
            try readFile(path, into: &config, environment: environment)
        }
        config.profiles += try EnvironmentProfiles.make(
            environment, confirmAbove: config.confirmAbove ?? 0, spendLimits: config.spendLimits
        ).filter { env in
            !config.profiles.contains { $0.name == env.name }
        }
        return config
    }

    private static func readFile(_ path: String, into config: inout DialtoneConfiguration, environment: [String: String]) throws {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw DialtoneError(.configuration, detail: "\(path): cannot be read as UTF-8 text")
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw DialtoneError(.configuration, detail: "\(path):\(error.source.begin.line): \(error.description)")
        }
        let document = TOMLDocument(path: path, text: text)
        for key in table.keys where !topLevelKeys.contains(key) {
            config.warnings.append("\(document.location(key: key, table: nil)): unknown key \"\(key)\" ignored")
        }
        config.defaultProfile = try document.string(table, "default_profile", table: nil)
        config.theme = try document.string(table, "theme", table: nil)
        config.logFile = try document.string(table, "log_file", table: nil).map { XDGDirectories.expandTilde($0, environment) }
        config.logLevel = try document.string(table, "log_level", table: nil) ?? "info"
        config.confirmAbove = try document.decimal(table, "confirm_above", table: nil)
        let defaultThreshold = config.confirmAbove
        config.spendLimits = try document.spendLimits(table, table: nil)
        if let zone = try document.timeZone(table, "spend_timezone", table: nil) { config.spendLimits.timeZone = zone }
        if let profiles = table["profiles"] {
            guard let profileTable = profiles.table else {
                throw DialtoneError(.configuration, detail: "\(document.location(key: "profiles", table: nil)): \"profiles\" must be a table ([profiles.NAME])")
            }
            for name in profileTable.keys.sorted(by: { document.order(ofTable: "profiles.\($0)") < document.order(ofTable: "profiles.\($1)") }) {
                let reader = ProfileReader(document: document, name: name, environment: environment, defaultThreshold: defaultThreshold, defaultLimits: config.spendLimits)
                let profile = try reader.read(profileTable[name])
                config.profiles.append(profile)
                config.warnings += reader.unknownKeyWarnings(for: profileTable[name]?.table)
                if let file = reader.tokenFilePath(for: profileTable[name]?.table) { config.checkPermissions(of: file, holdsSecret: true) }
            }
        }
        if let defaultProfile = config.defaultProfile, !config.profiles.contains(where: { $0.name == defaultProfile }) {
            throw DialtoneError(.configuration, detail: "\(document.location(key: "default_profile", table: nil)): default_profile \"\(defaultProfile)\" names no [profiles.\(defaultProfile)] table")
        }
        config.checkPermissions(of: path, holdsSecret: document.holdsInlineSecret(table))
    }
}
