import DialtoneCore
import DialtoneSandbox
import DialtoneViewModels
import Foundation
import Logging

/// What a command runs against: the configured profiles, or the in-process sandbox when no
/// credentials are configured (or `--sandbox` is given).
struct Runtime {
    let configuration: DialtoneConfiguration
    /// Profiles in cycling order, the active one first.
    let sessions: [ProfileSession]
    /// The in-process sandbox, when one was started.
    let sandbox: RunningSandbox?
    let environment: [String: String]

    /// The active session.
    var active: ProfileSession { sessions[0] }

    var isSandbox: Bool { sandbox != nil }

    /// The purchase journal for these sessions (the built-in sandbox keeps its own).
    var journal: PurchaseJournal {
        PurchaseJournal(path: PurchaseJournal.defaultPath(environment: environment, sandbox: isSandbox))
    }

    /// Loads configuration and starts the sandbox if needed. Throws `DialtoneError` for bad config.
    static func make(_ options: GlobalOptions, environment: [String: String] = ProcessInfo.processInfo.environment, sandboxNumbers: Int? = nil) async throws -> Runtime {
        let configuration = try ConfigLoader.load(environment: environment, path: options.config)
        if let logFile = configuration.logFile {
            try? DialtoneLog.enable(path: logFile, level: Logger.Level(rawValue: configuration.logLevel) ?? .info)
        }
        if options.sandbox || !configuration.hasCredentials {
            guard options.profile == nil || options.sandbox == false else {
                throw DialtoneError(.configuration, detail: "--profile and --sandbox cannot be combined")
            }
            let sandbox = try await startSandbox(environment: environment, numbers: sandboxNumbers)
            return Runtime(configuration: configuration, sessions: sandboxSessions(sandbox.baseURL, spendLimits: configuration.spendLimits), sandbox: sandbox, environment: environment)
        }
        guard let chosen = try configuration.profile(named: options.profile) else {
            throw DialtoneError(.configuration, detail: "no profiles configured")
        }
        let ordered = [chosen] + configuration.profiles.filter { $0.name != chosen.name }
        let sessions = ordered.map {
            ProfileSession(
                name: $0.name, provider: $0.makeProvider(), confirmAbove: $0.confirmAbove, spendLimits: $0.spendLimits,
                isSandbox: $0.isSandbox, defaultCountry: $0.defaultCountry)
        }
        return Runtime(configuration: configuration, sessions: sessions, sandbox: nil, environment: environment)
    }

    /// `make` for a headless command: a failure becomes a one-line error and exit code, and
    /// the sandbox announces itself on stderr.
    static func forCommand(_ options: GlobalOptions, json: Bool, failureCode: CommandFailure.Code = .failed) async throws -> Runtime {
        do {
            let runtime = try await make(options)
            if runtime.isSandbox {
                StandardError.write("dialtone: SANDBOX — no credentials configured; using the built-in sandbox (nothing is spent)")
            }
            return runtime
        } catch {
            throw CommandFailure.exit(error, json: json, code: failureCode)
        }
    }

    /// The session whose provider is `kind`, for commands that name a provider.
    func session(for kind: ProviderKind?) throws -> ProfileSession {
        guard let kind else { return active }
        guard let match = sessions.first(where: { $0.provider.kind == kind }) else {
            throw DialtoneError(.configuration, detail: "no profile for \(kind.displayName) is configured")
        }
        return match
    }

    /// Settles purchases whose outcome an earlier run never learned (DESIGN §3, step 4).
    @MainActor
    func reconcileJournal() async {
        for draft in await PurchaseModel(journal: journal).reconcileJournal(sessions: sessions) {
            StandardError.write("dialtone: \(draft.text)")
        }
    }

    func shutdown() async {
        await sandbox?.stop()
    }

    private static func startSandbox(environment: [String: String], numbers: Int?) async throws -> RunningSandbox {
        var options = SandboxOptions(databasePath: SandboxOptions.defaultDatabasePath(environment: environment))
        if let numbers { options.numbers = numbers }
        if let path = environment["DIALTONE_SANDBOX_DB"], !path.isEmpty { options.databasePath = path }
        return try await SandboxServer.start(options, logger: DialtoneLog.logger("sandbox"))
    }

    /// One profile per sandbox provider: Vobiz, Plivo (starting on US) and Agni.
    static func sandboxProfiles(_ baseURL: String, spendLimits: SpendLimits) -> [Profile] {
        let profiles = [
            ("sandbox-vobiz", ProviderCredentials(provider: .vobiz, authID: SandboxCredentials.vobizMainAuthID, token: Secret(SandboxCredentials.vobizMainToken), baseURL: baseURL)),
            ("sandbox-plivo", ProviderCredentials(provider: .plivo, authID: SandboxCredentials.plivoMainAuthID, token: Secret(SandboxCredentials.plivoMainToken), baseURL: baseURL)),
            ("sandbox-agni", ProviderCredentials(provider: .agni, authID: "agni", token: Secret(SandboxCredentials.agniAPIKey), baseURL: baseURL)),
        ]
        return profiles.map {
            Profile(
                name: $0, credentials: $1, confirmAbove: 0, spendLimits: spendLimits, isSandbox: true, origin: "sandbox",
                defaultCountry: $1.provider == .plivo ? "US" : nil)
        }
    }

    /// A session for each of `sandboxProfiles`, keeping the file's top-level spend limits.
    static func sandboxSessions(_ baseURL: String, spendLimits: SpendLimits) -> [ProfileSession] {
        sandboxProfiles(baseURL, spendLimits: spendLimits).map { profile in
            // Its port changes between runs: the journal knows it by a stable name.
            ProfileSession(
                name: profile.name, provider: profile.makeProvider(), confirmAbove: profile.confirmAbove, spendLimits: profile.spendLimits,
                isSandbox: true, endpoint: "built-in sandbox", defaultCountry: profile.defaultCountry)
        }
    }

    /// The profiles behind `sessions`, in the same order.
    var profiles: [Profile] {
        if let sandbox { return Self.sandboxProfiles(sandbox.baseURL, spendLimits: configuration.spendLimits) }
        return sessions.compactMap { session in configuration.profiles.first { $0.name == session.name } }
    }
}
