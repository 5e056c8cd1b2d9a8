import DialtoneSandbox
import Foundation
import Testing

/// README, headless commands: "`owned` exits 0, 1 when a provider's list failed, 6 when one
/// was read only in part (the rows printed are what arrived […])". Here through the `dialtone`
/// binary against the sandbox with three profiles, Vobiz's owned list failing on every request:
/// exit 1 exactly, the other providers' rows still printed, the failure named on stderr.
/// (A list read in part, exit 6, is `OwnedPagingContractTests`.)
@Suite(.serialized, .timeLimit(.minutes(3))) struct OwnedFailureProcessTests {
    @Test func ownedExitsOneWhenOneProvidersListFailsAndPrintsTheOthers() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let cli = try CLIRunner(extra: fixture.environment)
        let before = try JSONLines.strings(try await cli.run(["owned", "--json"]).stdout)
        #expect(Set(before.compactMap { $0["provider"] }) == ["vobiz", "plivo", "agni"], "every provider owns numbers to list")

        // Every page of Vobiz's owned list answers 500 (retried, then given up); nothing else fails.
        fixture.sandbox.setFaults(SandboxFaults(failMatching: "/Account/\(SandboxCredentials.vobizMainAuthID)/numbers?"))
        let json = try await cli.run(["owned", "--json"])
        let table = try await cli.run(["owned"])
        fixture.sandbox.setFaults(.none)

        #expect(json.status == 1 && table.status == 1, "json \(json.status), table \(table.status): \(json.stderr)")
        let rows = try JSONLines.strings(json.stdout)
        #expect(Set(rows.compactMap { $0["provider"] }) == ["plivo", "agni"], "the lists that arrived are printed")
        #expect(rows.count == before.filter { $0["provider"] != "vobiz" }.count)
        let error = try #require(json.stderr.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: [String: String]]
        }.first { $0["error"] != nil })
        #expect(error["error"]?["provider"] == "vobiz", "\(json.stderr)")
        #expect(table.stderr.contains("dialtone: Vobiz:"), "the failure names the provider: \(table.stderr)")
        #expect(table.stdout.split(separator: "\n").count == rows.count + 1, "a header and the rows that arrived:\n\(table.stdout)")
    }
}
