import DialtoneSandbox
import Foundation
import Testing

/// An official provider Python SDK, run unchanged against the sandbox by a check script in
/// `Tests/DialtoneSandboxTests/`. The SDK lives in a `VenvPython` (`.build/<provider>-venv`, or
/// `$DIALTONE_<PROVIDER>_PYTHON`). Without it the check fails, saying how to make it: a check
/// that did not run has not passed.
struct OfficialSDK {
    /// The provider's name as its variables spell it: `PLIVO`, `VOBIZ`.
    let provider: String
    /// The PyPI package: `plivo`, `vobiz-python`.
    let package: String
    /// The check script's file name in `Tests/DialtoneSandboxTests/`.
    let script: String

    static let plivo = OfficialSDK(provider: "PLIVO", package: "plivo", script: "plivo_sdk_check.py")
    static let vobiz = OfficialSDK(provider: "VOBIZ", package: "vobiz-python", script: "vobiz_sdk_check.py")

    private static let tests = VenvPython.root.appendingPathComponent("Tests")

    /// Where the SDK is installed.
    var python: VenvPython { VenvPython(name: provider, package: package) }

    /// Runs the check script against a fresh sandbox with only this provider's credentials, and
    /// expects it to exit 0, print every one of `steps`, and leave the ledger consistent.
    func check(printing steps: [String]) async throws {
        guard let python = python.path else {
            Issue.record("the \(package) SDK: \(self.python.missing)")
            return
        }
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let script = Self.tests.appendingPathComponent("DialtoneSandboxTests/\(script)").path
        let sdk = try CLIRunner(executable: python, extra: fixture.environment(only: provider))
        let result = try await sdk.run([script, fixture.sandbox.baseURL])
        let output = result.stdout + result.stderr
        #expect(result.status == 0, "\(script) failed:\n\(output)")
        for step in steps + ["OK:"] {
            #expect(output.contains(step), "missing \(step) in:\n\(output)")
        }
        #expect(try await fixture.sandbox.ledgerIsConsistent())
    }
}
