import DialtoneCore
import DialtoneSandbox
import DialtoneViewModels
import Foundation

/// Sandboxes and provider sessions for the benchmarks, with the sandbox's fixed test credentials.
enum SandboxSessions {
    /// Starts a sandbox on a free loopback port (logging off).
    static func start(numbers: Int = 5_000, databasePath: String = ":memory:", faults: SandboxFaults = .none) async throws -> RunningSandbox {
        let options = SandboxOptions(databasePath: databasePath, numbers: numbers, seed: 11, faults: faults)
        return try await SandboxServer.start(options, logger: DialtoneLog.logger("bench-sandbox"))
    }

    /// A Vobiz client for the main account (`sub: false`) or the sub-account billed to it.
    static func vobiz(_ sandbox: RunningSandbox, sub: Bool = false) -> VobizClient {
        typealias C = SandboxCredentials
        let credentials = ProviderCredentials(
            provider: .vobiz, authID: sub ? C.vobizSubAuthID : C.vobizMainAuthID,
            token: Secret(sub ? C.vobizSubToken : C.vobizMainToken), baseURL: sandbox.baseURL)
        return VobizClient(credentials: credentials)
    }

    /// One Vobiz purchase-from-inventory POST, sent once over HTTP as the main account or its
    /// sub-account; the status answered, or 0 when no answer came.
    static func postVobizPurchase(_ number: PhoneNumber, sandbox: RunningSandbox, sub: Bool) async -> Int {
        typealias C = SandboxCredentials
        let (id, token) = sub ? (C.vobizSubAuthID, C.vobizSubToken) : (C.vobizMainAuthID, C.vobizMainToken)
        let body = try? JSONSerialization.data(withJSONObject: ["e164": number.e164, "currency": number.currency])
        let request = WireRequest(
            method: .post, url: "\(sandbox.baseURL)/api/v1/account/\(id)/numbers/purchase-from-inventory",
            headers: [.init("X-Auth-ID", id), .init("X-Auth-Token", token), .init("Content-Type", "application/json")], body: body)
        do {
            return try await HTTPTransport().sendOnce(request, provider: .vobiz).status
        } catch {
            return 0
        }
    }

    /// A sandbox profile that always asks for the last four digits before buying (`confirm_above = 0`).
    static func vobizSession(_ sandbox: RunningSandbox) -> ProfileSession {
        ProfileSession(name: "sandbox-vobiz", provider: vobiz(sandbox), confirmAbove: 0, isSandbox: true)
    }

    /// The environment a `dialtone` child process needs to use `sandbox` with Vobiz credentials,
    /// with config, state and data folders under `home` so nothing of the user's is touched.
    static func childEnvironment(_ sandbox: RunningSandbox, home: String) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for name in ["VOBIZ_AUTH_ID", "VOBIZ_AUTH_TOKEN", "PLIVO_AUTH_ID", "PLIVO_AUTH_TOKEN", "RAVAN_API_KEY"] {
            environment[name] = nil
        }
        environment["VOBIZ_AUTH_ID"] = SandboxCredentials.vobizMainAuthID
        environment["VOBIZ_AUTH_TOKEN"] = SandboxCredentials.vobizMainToken
        environment["DIALTONE_BASE_URL"] = sandbox.baseURL
        environment["XDG_CONFIG_HOME"] = home + "/config"
        environment["XDG_STATE_HOME"] = home + "/state"
        environment["XDG_DATA_HOME"] = home + "/data"
        return environment
    }

    /// A fresh temporary folder.
    static func temporaryFolder(_ name: String) throws -> String {
        let path = NSTemporaryDirectory() + "dialtone-bench-\(name)-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
