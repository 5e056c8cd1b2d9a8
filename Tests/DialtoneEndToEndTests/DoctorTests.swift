import DialtoneSandbox
import Foundation
import Testing

/// `dialtone doctor` as a real process: against the sandbox, and with a token the sandbox refuses.
@Suite(.serialized) struct DoctorTests {
    /// The checks every run reports, besides each profile's.
    private static let boxChecks = ["terminal", "config", "journal"]

    @Test func againstTheBuiltInSandboxEveryCheckIsGreen() async throws {
        let cli = try CLIRunner(extra: ["DIALTONE_SANDBOX_DB": ":memory:", "NO_COLOR": "1"])
        let result = try await cli.run(["doctor"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(!lines.isEmpty && lines.allSatisfy { $0.hasPrefix("  ok  ") }, "\(result.stdout)")
        for check in Self.boxChecks { #expect(lines.contains { $0.contains(" \(check) ") }, "\(check) reported") }
        for profile in ["sandbox-vobiz", "sandbox-plivo", "sandbox-agni"] {
            for check in ["credentials", "account", "clock"] {
                #expect(lines.contains { $0.contains("\(check) (\(profile))") }, "\(check) of \(profile) reported")
            }
        }
        #expect(lines.contains { $0.contains("account (sandbox-vobiz)") && $0.contains(" ms") }, "latency shown")
        #expect(!result.stdout.contains("\u{1B}["), "no colour when not on a terminal")
    }

    @Test func jsonIsOneObjectPerCheck() async throws {
        let cli = try CLIRunner(extra: ["DIALTONE_SANDBOX_DB": ":memory:"])
        let result = try await cli.run(["doctor", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let objects = try result.stdout.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String])
        }
        #expect(objects.count == Self.boxChecks.count + 3 * 3)
        #expect(objects.allSatisfy { $0["status"] == "ok" && $0["check"] != nil && $0["detail"] != nil })
        #expect(objects.contains { $0["check"] == "account" && Int($0["latency_ms"] ?? "") != nil })
        #expect(objects.contains { $0["check"] == "clock" && Int($0["clock_skew_s"] ?? "") != nil })
    }

    @Test func aWrongTokenNamesTheProfileAndTheFailingCheckAndExitsOne() async throws {
        let fixture = try await SandboxFixture.start(numbers: 200)
        defer { Task { await fixture.sandbox.stop() } }
        let wrongToken = "wrong-token-\(UUID().uuidString)"
        var environment = fixture.environment(only: "VOBIZ")
        environment["VOBIZ_AUTH_TOKEN"] = wrongToken
        let cli = try CLIRunner(extra: environment)
        let result = try await cli.run(["doctor"])
        #expect(result.status == 1)
        let failing = result.stdout.split(separator: "\n").filter { $0.hasPrefix("FAIL") }
        #expect(failing.count == 1, "\(result.stdout)")
        #expect(failing.first?.contains("account (vobiz)") == true, "\(result.stdout)")
        #expect(result.stdout.contains("credentials (vobiz)"))
        #expect(!(result.stdout + result.stderr).contains(wrongToken), "the token is never printed")
    }
}
