import Foundation

/// A configuration file with one profile per provider, each given its planted token, all
/// pointed at one base URL, logging everything (`log_level = "trace"`) to `logFile`.
struct PlantedProfiles {
    let vobiz: PlantedSecret
    let plivo: PlantedSecret
    let agni: PlantedSecret
    /// The file every log line goes to.
    let logFile: URL
    /// Variables the program needs (the tokens, when `token_env` names them).
    let environment: [String: String]

    var secrets: [PlantedSecret] { [vobiz, plivo, agni] }

    /// How the configuration hands each profile its token.
    enum TokenSource {
        /// `token_env`: the token is in the program's environment, never on a command line.
        case environment
        /// `token_file`: files (0600) in the home folder, so the token passes through no
        /// command line of the test's own terminal either.
        case files
    }

    /// Writes `config.toml` to `configFolder/dialtone/` (the program's `$XDG_CONFIG_HOME`, or
    /// `~/.config`) with the tokens of `PlantedSecret.tokens()` and the log in `home`.
    init(home: URL, configFolder: URL, baseURL: String, tokens: TokenSource) throws {
        (vobiz, plivo, agni) = PlantedSecret.tokens()
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        logFile = home.appendingPathComponent("dialtone.log")
        var environment: [String: String] = [:]
        var profiles: [String] = []
        for (name, secret, extra) in [("vobiz", vobiz, ""), ("plivo", plivo, #"default_country = "US""#), ("agni", agni, "")] {
            let source: String
            switch tokens {
            case .environment:
                let variable = "PLANTED_\(name.uppercased())_TOKEN"
                environment[variable] = secret.token
                source = #"token_env = "\#(variable)""#
            case .files:
                let file = home.appendingPathComponent("\(name).token")
                try Data(secret.token.utf8).write(to: file)
                try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
                source = #"token_file = "\#(file.path)""#
            }
            profiles.append("""
                [profiles.\(name)]
                provider = "\(name)"
                auth_id = "\(secret.authID)"
                \(source)
                base_url = "\(baseURL)"
                \(extra)
                """)
        }
        self.environment = environment
        let text = """
            default_profile = "vobiz"
            log_file = "\(logFile.path)"
            log_level = "trace"

            """ + profiles.joined(separator: "\n\n") + "\n"
        let folder = configFolder.appendingPathComponent("dialtone")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("config.toml")
        try Data(text.utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
    }

    /// What the program logged.
    var log: String { (try? String(contentsOf: logFile, encoding: .utf8)) ?? "" }
}
