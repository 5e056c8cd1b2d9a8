import DialtoneSandbox
import Foundation
import Testing

/// `dialtone buy N1 N2 N3`: one combined quote, one confirmation, each number its own
/// journalled purchase by the broker; a refusal or an unknown outcome stops the rest.
@Suite(.serialized, .timeLimit(.minutes(3))) struct HeadlessBatchTests {
    private func numbers(_ cli: CLIRunner, count: Int) async throws -> [String] {
        let listed = try await cli.run(["inventory", "--country", "IN", "--per-page", String(count), "--json"])
        return listed.stdout.split(separator: "\n").compactMap { line in
            ((try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any])?["number"] as? String
        }
    }

    private func outcomes(_ stdout: String) -> [String] {
        stdout.split(separator: "\n").compactMap { line in
            ((try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any])?["outcome"] as? String
        }
    }

    @Test func severalNumbersAreQuotedTogetherAndEachBoughtOnce() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let cli = try CLIRunner(extra: fixture.environment(only: "VOBIZ"))
        let targets = try await numbers(cli, count: 3)
        #expect(targets.count == 3)
        let declined = try await cli.run(["buy"] + targets)
        #expect(declined.status == 4 && declined.stderr.contains("not a terminal"), "\(declined.stderr)")
        #expect(declined.stderr.contains("Charged now") && declined.stderr.contains("Account"), "the combined quote first: \(declined.stderr)")

        let stock = try await fixture.sandbox.numbersInStock(provider: "vobiz")
        let bought = try await cli.run(["buy"] + targets + ["--yes", "--json"])
        #expect(bought.status == 0, "\(bought.stderr)")
        #expect(outcomes(bought.stdout) == ["bought", "bought", "bought"])
        #expect(try await fixture.sandbox.numbersInStock(provider: "vobiz") == stock - 3)
        #expect(cli.journal.components(separatedBy: #""state":"intent""#).count - 1 == 3)
        #expect(try await fixture.sandbox.ledgerIsConsistent())
    }

    @Test func aRefusalStopsTheRestAndAnUnknownOutcomeIsReconciledFirst() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let cli = try CLIRunner(extra: fixture.environment(only: "VOBIZ"))
        let targets = try await numbers(cli, count: 3)
        fixture.sandbox.setFaults(SandboxFaults(insufficientBalanceOnPurchase: 1))
        let refused = try await cli.run(["buy"] + targets + ["--yes", "--json"])
        #expect(refused.status == 1, "\(refused.stderr)")
        #expect(outcomes(refused.stdout) == ["failed", "not_sent", "not_sent"], "\(refused.stdout)")

        fixture.sandbox.setFaults(SandboxFaults(dropAfterCommit: 1))
        let dropped = try await cli.run(["buy"] + targets + ["--yes", "--json"])
        #expect(dropped.status == 3, "\(dropped.stderr)")
        #expect(outcomes(dropped.stdout) == ["bought", "not_sent", "not_sent"], "reconciled bought, then stopped: \(dropped.stdout)")
        #expect(cli.journal.contains("reconciled_bought"))
        #expect(try await fixture.sandbox.ledgerIsConsistent())
    }
}
