import DialtoneSandbox
import Foundation
import Testing

/// The official Plivo Python SDK searches, buys, lists rented numbers and reads the account
/// against the sandbox, unchanged (`Tests/DialtoneSandboxTests/plivo_sdk_check.py`). The SDK
/// lives in the virtual environment `.ci/run` makes: `$DIALTONE_PLIVO_PYTHON`, else
/// `.build/plivo-venv/bin/python`. Without it the test fails, saying how to make it: a check that
/// did not run has not passed.
@Suite struct PlivoSDKCheckTests {
    private static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    private static let script = tests.appendingPathComponent("DialtoneSandboxTests/plivo_sdk_check.py").path

    /// The Python that has `plivo` installed, if one can be found.
    static var python: String? {
        let candidates: [String?] = [
            ProcessInfo.processInfo.environment["DIALTONE_PLIVO_PYTHON"],
            tests.deletingLastPathComponent().appendingPathComponent(".build/plivo-venv/bin/python").path,
        ]
        return candidates.compactMap { $0 }.first { !$0.isEmpty && FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test func officialSDKSearchesBuysListsAndReadsTheAccount() async throws {
        guard let python = Self.python else {
            Issue.record("""
                the Plivo SDK is not installed: run `python3 -m venv .build/plivo-venv && .build/plivo-venv/bin/pip install plivo` \
                (bash .ci/run does this) or set DIALTONE_PLIVO_PYTHON to a python that has plivo
                """)
            return
        }
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let sdk = try CLIRunner(executable: python, extra: fixture.environment(only: "PLIVO"))
        let result = try await sdk.run([Self.script, fixture.sandbox.baseURL])
        let output = result.stdout + result.stderr
        #expect(result.status == 0, "plivo_sdk_check.py failed:\n\(output)")
        for step in ["search:", "buy: created fulfilled", "rented:", "get:", "account: \(SandboxCredentials.plivoMainAuthID)", "second buy refused:", "OK:"] {
            #expect(output.contains(step), "missing \(step) in:\n\(output)")
        }
        #expect(try await fixture.sandbox.ledgerIsConsistent())
    }
}
