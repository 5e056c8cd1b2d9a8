@testable import DialtoneCore
import DialtoneSandbox
import Foundation
import Testing

/// Plivo's buy call through the real client and the `dialtone` binary against the sandbox over
/// HTTP: `compliance_application_id` sent, taken and refused; a 206 that leaves the number out
/// reconciled from the owned list; a number refused in its own entry failed with nothing charged.
@Suite struct PlivoBuyAnswerContractTests {
    private static let complianceID = "5f4c2b1e-8d3a-4c6f-9e7b-1a2b3c4d5e6f"

    /// A Plivo CLI on the sandbox and a US number it lists that needs no documents.
    private func plivoCLI(_ fixture: SandboxFixture) async throws -> (CLIRunner, String) {
        let cli = try CLIRunner(extra: fixture.environment(only: "PLIVO"))
        let rows = try JSONLines.described(await cli.run(["inventory", "--country", "US", "--per-page", "20", "--json"]).stdout)
        return (cli, try #require(rows.first { ($0["requirements"] ?? "").isEmpty }?["number"], "\(rows)"))
    }

    private func mainBalance(_ fixture: SandboxFixture) async throws -> Decimal {
        try await fixture.sandbox.balance(account: SandboxCredentials.plivoMainAuthID, currency: "USD")
    }

    /// `dialtone buy --yes` of a listed US number with `faults` set: the CLI, the number, the main
    /// account's balance before, and the run.
    private func buy(under faults: SandboxFaults, on fixture: SandboxFixture) async throws -> (CLIRunner, String, Decimal, CLIRunner.Result) {
        let (cli, target) = try await plivoCLI(fixture)
        let before = try await mainBalance(fixture)
        fixture.sandbox.setFaults(faults)
        return (cli, target, before, try await cli.run(["buy", target, "--country", "US", "--yes"]))
    }

    /// Whether `dialtone owned` lists `number` on the Plivo account.
    private func owns(_ number: String, _ cli: CLIRunner) async throws -> Bool {
        try JSONLines.described(await cli.run(["owned", "--provider", "plivo", "--json"]).stdout).contains { $0["number"] == number }
    }

    @Test func theSandboxTakesAComplianceApplicationIDAndRefusesOneThatIsNoUUID() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let client = PlivoClient(credentials: ProviderCredentials(
            provider: .plivo, authID: SandboxCredentials.plivoMainAuthID, token: Secret(SandboxCredentials.plivoMainToken),
            baseURL: fixture.sandbox.baseURL), transport: HTTPTransport(policy: RetryPolicy(maxAttempts: 1), requestTimeout: .seconds(10)))
        let stock = try await client.searchInventory(InventoryQuery(country: "US", pageSize: 20)).items.filter { !$0.requirements.needsDocuments }
        let (first, second) = (try #require(stock.first), try #require(stock.dropFirst().first))
        let before = try await mainBalance(fixture)
        do {
            _ = try await client.buying(with: PlivoBuyOptions(complianceApplicationID: "latest")).purchase(first, permit: .test)
            Issue.record("a compliance application ID that is no UUID was taken")
        } catch let error as DialtoneError {
            #expect(error.kind == .validation && error.httpStatus == 400 && error.isDefiniteRefusal, "\(error)")
            #expect(error.providerMessage == "compliance_application_id must be the UUID of a compliance application", "\(error)")
        }
        #expect(try await mainBalance(fixture) == before, "nothing was charged")
        let receipt = try await client.buying(with: PlivoBuyOptions(complianceApplicationID: Self.complianceID)).purchase(second, permit: .test)
        #expect(receipt.e164 == second.e164 && receipt.status == .active)
        let owned = try await client.ownedNumbers(.all)
        #expect(owned.contains { $0.e164 == second.e164 } && !owned.contains { $0.e164 == first.e164 })
    }

    @Test func buyShowsTheComplianceApplicationInTheQuoteAndRefusesOneThatIsNoUUID() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let (cli, target) = try await plivoCLI(fixture)
        let invalid = try await cli.run(["buy", target, "--country", "US", "--yes", "--compliance-application-id", "latest"])
        #expect(invalid.status == 2, "\(invalid.stderr)")
        #expect(invalid.stderr.contains("--compliance-application-id: compliance_application_id must be the UUID of a Plivo compliance application"), "\(invalid.stderr)")
        #expect(cli.journalStates.isEmpty, "nothing was sent")
        let result = try await cli.run(["buy", target, "--country", "US", "--yes", "--compliance-application-id", Self.complianceID])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.range(of: "Compliance application +\(Self.complianceID)", options: .regularExpression) != nil, "\(result.stderr)")
        #expect(cli.journalStates == ["intent", "done"])
    }

    @Test func a206ThatLeavesTheNumberOutIsReconciledAsBoughtFromTheOwnedList() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let (cli, target, before, buy) = try await buy(under: SandboxFaults(partialAnswerPurchases: 1), on: fixture)
        #expect(buy.status == 3, "\(buy.stderr)")
        #expect(buy.stderr.contains("confirmed from the owned list"), "\(buy.stderr)")
        #expect(cli.journalStates == ["intent", "unknown", "reconciled_bought"])
        #expect(cli.journal.contains("HTTP 206"), "the unknown line names the partial answer: \(cli.journal)")
        #expect(fixture.sandbox.faults.partialAnswerPurchases == 0, "the fault was used")
        #expect(try await mainBalance(fixture) < before, "the sale was made and charged")
        #expect(try await owns(target, cli))
    }

    @Test func aNumberRefusedInItsOwnEntryFailsAndNothingIsCharged() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let (cli, target, before, buy) = try await buy(under: SandboxFaults(failedNumberPurchases: 1), on: fixture)
        #expect(buy.status == 1, "\(buy.stderr)")
        #expect(buy.stderr.contains(#"not bought: Plivo: the provider refused to sell this number; nothing was bought (status "Failed") — number could not be provisioned"#), "\(buy.stderr)")
        #expect(cli.journalStates == ["intent", "failed"], "a definite refusal: nothing to reconcile")
        #expect(fixture.sandbox.faults.failedNumberPurchases == 0, "the fault was used")
        #expect(try await mainBalance(fixture) == before, "nothing was charged")
        #expect(try await !owns(target, cli))
    }
}
