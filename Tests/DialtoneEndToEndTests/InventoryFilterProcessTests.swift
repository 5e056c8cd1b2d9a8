import DialtoneSandbox
import Foundation
import Testing

/// `dialtone inventory` never ignores a filter: a type Vobiz cannot filter on is filtered here
/// and said so, and a spelled search is sent as keypad digits.
@Suite(.serialized) struct InventoryFilterProcessTests {
    @Test func aTollFreeTypeOnVobizListsOnlyTollFreeNumbersAndSaysItFilteredHere() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let cli = try CLIRunner(extra: fixture.environment(only: "VOBIZ"))
        let result = try await cli.run(["inventory", "--type", "tollfree", "--per-page", "100", "--all", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try JSONLines.strings(result.stdout)
        #expect(!rows.isEmpty, "the sandbox sells Vobiz toll-free numbers")
        #expect(rows.allSatisfy { $0["type"] == "tollfree" }, "\(Set(rows.map { $0["type"] ?? "" }))")
        #expect(result.stderr.contains("type filtered here: Vobiz cannot filter by type"), "\(result.stderr)")
    }

    @Test func aSpelledSearchIsSentAsKeypadDigitsAndSaidSo() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let cli = try CLIRunner(extra: fixture.environment(only: "VOBIZ"))
        let every = try JSONLines.strings(try await cli.run(["inventory", "--per-page", "100", "--all", "--json"]).stdout)
        let result = try await cli.run(["inventory", "--search", "FLOWERS", "--per-page", "100", "--all", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("searching 3569377 (FLOWERS on a phone keypad)"), "\(result.stderr)")
        let rows = try JSONLines.strings(result.stdout)
        #expect(rows.count < every.count, "the search is sent, not dropped")
        #expect(rows.allSatisfy { $0["number"]!.contains("3569377") })
        let refused = try await cli.run(["inventory", "--search", "FLOW#RS"])
        #expect(refused.status == 2 && refused.stderr.contains("Vobiz"), "\(refused.stderr)")
    }
}
