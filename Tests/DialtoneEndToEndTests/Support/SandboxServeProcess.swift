import DialtoneCore
import DialtoneSandbox
import Foundation

/// `dialtone sandbox serve` as its own process, the way a user runs it beside a real-provider
/// profile made from environment variables. Tests end it with `stop()` on every path.
final class SandboxServeProcess {
    let baseURL: String
    private let process: Process

    /// Starts the server on a free port with a fresh database in `folder`; returns once it listens.
    init(folder: URL, numbers: Int = 2_000) throws {
        process = Process()
        process.executableURL = URL(fileURLWithPath: CLIRunner.binary)
        process.arguments = [
            "sandbox", "serve", "--port", "0", "--numbers", String(numbers),
            "--db", folder.appendingPathComponent("serve.sqlite").path,
        ]
        process.environment = ["HOME": folder.path, "PATH": "/usr/bin:/bin"].merging(ProcessTree.runMarker) { $1 }
        let text = try AnnouncingProcess.start(process, deadline: Date().addingTimeInterval(120))
        guard let range = text.range(of: #"http://127\.0\.0\.1:[0-9]+"#, options: .regularExpression) else {
            Self.stop(process)
            throw TmuxError("sandbox serve printed no base URL: \(text)")
        }
        baseURL = String(text[range])
    }

    /// Stops the server with SIGTERM (SIGKILL if it outlives a grace period) and waits for it.
    func stop() {
        Self.stop(process)
    }

    private static func stop(_ process: Process) {
        guard process.isRunning else { return }
        process.terminate()
        ProcessTree.end([process.processIdentifier])
        process.waitUntilExit()
    }

    /// Sets the server's faults (`{"latency_ms":1500}`; `{}` clears them) through its admin endpoint.
    func setFaults(_ json: String) async throws {
        let request = WireRequest(
            method: .post, url: baseURL + "/_sandbox/faults", headers: [.init("Content-Type", "application/json")], body: Data(json.utf8))
        let response = try await HTTPTransport().sendOnce(request, provider: .vobiz)
        guard response.status == 200 else { throw TmuxError("faults answered \(response.status)") }
    }

    /// The Vobiz main account's owned numbers, read through the Vobiz client (the sandbox's truth
    /// about which sales were committed).
    func ownedNumbers() async throws -> [String] {
        let credentials = ProviderCredentials(
            provider: .vobiz, authID: SandboxCredentials.vobizMainAuthID, token: Secret(SandboxCredentials.vobizMainToken),
            baseURL: baseURL)
        return try await VobizClient(credentials: credentials).ownedNumbers(.all).map(\.e164)
    }

    /// The Vobiz main account's variables and the base URL: a real-provider profile, no config file.
    var vobizEnvironment: [String: String] {
        ["VOBIZ_AUTH_ID": SandboxCredentials.vobizMainAuthID, "VOBIZ_AUTH_TOKEN": SandboxCredentials.vobizMainToken, "DIALTONE_BASE_URL": baseURL]
    }
}
