import DialtoneCore
import DialtoneSandbox
import Foundation
import Testing

/// Spend limits, release and history through the built binary, against the sandbox over HTTP.
@Suite struct FleetCommandTests {
    private func writeConfig(_ cli: CLIRunner, _ text: String) throws {
        let folder = cli.home.appendingPathComponent("config/dialtone")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("config.toml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    }

    private func firstIndianNumber(_ cli: CLIRunner) async throws -> [String: String] {
        try #require(try JSONLines.strings(await cli.run(["inventory", "--country", "IN", "--per-page", "1", "--json"]).stdout).first)
    }

    @Test func buyYesThatWouldPassTheDailyLimitSendsNothingAndSaysByHowMuch() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let cli = try CLIRunner(extra: fixture.environment(only: "VOBIZ"))
        try writeConfig(cli, "spend_limit_daily = \"INR 1.00\"\n")
        let target = try await firstIndianNumber(cli)
        let number = try #require(target["number"])
        let charge = try #require(Decimal(string: target["setup_fee"] ?? "")) + Decimal(string: target["monthly_fee"] ?? "")!
        #expect(charge > 1, "the sandbox's Indian numbers cost more than INR 1.00")
        let stock = try await fixture.sandbox.numbersInStock(provider: "vobiz")
        let result = try await cli.run(["buy", number, "--yes"])
        #expect(result.status == 5, "\(result.stderr)")
        #expect(result.stderr.contains("would pass the daily limit by \(Money(charge - 1, "INR"))"), "\(result.stderr)")
        #expect(result.stderr.contains("Spent today") && result.stderr.contains("INR 0.00 of INR 1.00"))
        #expect(try await fixture.sandbox.numbersInStock(provider: "vobiz") == stock, "nothing was bought")
        #expect(cli.journal.isEmpty, "no intent was written")
    }

    @Test func twoProcessesBuyingAtOnceNeverBothPassTheLimit() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let cli = try CLIRunner(extra: fixture.environment(only: "VOBIZ"))
        let listed = try JSONLines.strings(await cli.run(["inventory", "--country", "IN", "--per-page", "2", "--json"]).stdout)
        #expect(listed.count == 2)
        let charges = listed.map { Decimal(string: $0["setup_fee"] ?? "")! + Decimal(string: $0["monthly_fee"] ?? "")! }
        // Room for either purchase, never for both.
        try writeConfig(cli, "spend_limit_daily = \"INR \(charges.max()!)\"\n")
        // A long journal: checking the limit under its lock takes long enough to be caught at it.
        try cli.writeOldPurchases(6_000)
        let access = try JournalAccess(path: cli.journalPath)

        // The first buyer is held inside the append that checks the limit…
        let first = try BackgroundCommand(cli, ["buy", listed[0]["number"]!, "--yes"])
        defer { first.stop() }
        try await waitUntil("the first buyer checks the limit", every: .milliseconds(2)) { access.isAppending(first.pid) }
        first.suspend()
        // …and the second one comes to the journal while it is there: it waits for the lock, or,
        // were there none, it gets to its own check and is held there too.
        let second = try BackgroundCommand(cli, ["buy", listed[1]["number"]!, "--yes"])
        defer { second.stop() }
        try await waitUntil("the second buyer reaches the journal while the first is inside", every: .milliseconds(2)) {
            access.isWaitingForLock(second.pid) || access.isAppending(second.pid)
        }
        second.suspend()
        let held = cli.journal
        #expect(!listed.contains { held.contains($0["number"]!) }, "both are held before either wrote its intent")
        first.resume()
        second.resume()

        let statuses = await [first.exitStatus(), second.exitStatus()].sorted()
        #expect(statuses == [0, 5], "one bought, the other refused by the limit: \(statuses)")
        let intents = cli.journal.split(separator: "\n").filter { $0.contains(#""state":"intent""#) && !$0.contains(#""profile":"old""#) }
        #expect(intents.count == 1, "the refused one wrote no intent: \(intents)")
    }

    @Test func aVobizReleaseWaitsOutItsCooldownAndReleaseCancelTakesItBack() async throws {
        let fixture = try await SandboxFixture.start(releaseCooldown: .seconds(24 * 3600))
        defer { Task { await fixture.sandbox.stop() } }
        let cli = try CLIRunner(extra: fixture.environment(only: "VOBIZ"))
        let number = try #require(try await firstIndianNumber(cli)["number"])
        #expect(try await cli.run(["buy", number, "--yes"]).status == 0)
        let notPending = try await cli.run(["release", number, "--cancel", "--yes"])
        #expect(notPending.status == 1 && notPending.stderr.contains("not pending release"), "\(notPending.stderr)")

        let released = try await cli.run(["release", number, "--yes", "--json"])
        #expect(released.status == 0, "\(released.stderr)")
        let answer = try #require(try JSONLines.strings(released.stdout).first)
        #expect(answer["outcome"] == "released" && answer["currency"] == "INR" && answer["release_fee"] != nil)
        let ends = try #require(answer["cooldown_ends_at"].flatMap { try? Date($0, strategy: .iso8601) })
        #expect(ends.timeIntervalSinceNow > 23 * 3600)
        #expect(answer["summary"]?.contains("pending release until") == true)
        let pending = try JSONLines.strings(await cli.run(["owned", "--provider", "vobiz", "--json"]).stdout)
        #expect(pending.first { $0["number"] == number }?["status"] == "pending_release")
        let twice = try await cli.run(["release", number, "--yes"])
        #expect(twice.status == 1 && twice.stderr.contains("already pending release"), "\(twice.stderr)")

        // The cancellation is committed, then answered 504 by a gateway: reconciled, never resent.
        fixture.sandbox.setFaults(SandboxFaults(gatewayTimeoutAfterCommit: 1))
        let restored = try await cli.run(["release", number, "--cancel", "--yes", "--json"])
        #expect(restored.status == 3, "learned from the owned list: \(restored.stderr)")
        #expect(try JSONLines.strings(restored.stdout).first?["outcome"] == "restored")
        #expect(fixture.sandbox.faults.gatewayTimeoutAfterCommit == 0, "the one request used the fault up")
        let lines = cli.journal.split(separator: "\n").filter { $0.contains(#""kind":"cancel_release""#) }
        #expect(lines.map { $0.contains(#""state":"intent""#) ? "intent" : $0.contains(#""state":"unknown""#) ? "unknown" : $0.contains("reconciled_restored") ? "restored" : "?" }
                == ["intent", "unknown", "restored"], "\(lines)")
        let active = try JSONLines.strings(await cli.run(["owned", "--provider", "vobiz", "--json"]).stdout)
        #expect(active.first { $0["number"] == number }?["status"] == "active")
        #expect(try await fixture.sandbox.ledgerIsConsistent())

        let rows = try JSONLines.strings(await cli.run(["history", "--json"]).stdout)
        #expect(rows.map { $0["action"] } == ["purchase", "release", "cancel_release"])
        #expect(rows.map { $0["outcome"] } == ["bought", "released", "restored"])
    }

    @Test func releaseWithoutATerminalRefusesThenWithYesReleasesAndHistoryShowsBoth() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let cli = try CLIRunner(extra: fixture.environment(only: "VOBIZ"))
        let number = try #require(try await firstIndianNumber(cli)["number"])
        #expect(try await cli.run(["buy", number, "--yes"]).status == 0)
        let stock = try await fixture.sandbox.numbersInStock(provider: "vobiz")

        let refused = try await cli.run(["release", number])
        #expect(refused.status == 4)
        #expect(refused.stderr.contains("may go to someone else") && refused.stderr.contains("--yes"))
        #expect(refused.stderr.contains("calls and messages"))

        let released = try await cli.run(["release", number, "--yes", "--json"])
        #expect(released.status == 0, "\(released.stderr)")
        #expect(try JSONLines.strings(released.stdout).first?["outcome"] == "released")
        #expect(try await fixture.sandbox.numbersInStock(provider: "vobiz") == stock + 1, "back in inventory")
        let owned = try await cli.run(["owned", "--provider", "vobiz", "--json"])
        #expect(try !JSONLines.strings(owned.stdout).contains { $0["number"] == number })
        #expect(try await fixture.sandbox.ledgerIsConsistent())

        let again = try await cli.run(["release", number, "--yes"])
        #expect(again.status == 1, "no longer owned: \(again.stderr)")

        let history = try await cli.run(["history", "--json"])
        #expect(history.status == 0, "\(history.stderr)")
        let rows = try JSONLines.strings(history.stdout)
        #expect(rows.map { $0["action"] } == ["purchase", "release"])
        #expect(rows.map { $0["outcome"] } == ["bought", "released"])
        #expect(rows.allSatisfy { $0["number"] == number && $0["profile"] == "vobiz" })
        let table = try await cli.run(["history"])
        #expect(table.stderr.contains("2 entries · spent this month INR"))
        let csv = try await cli.run(["history", "--csv", "--since", "2999-01-01"])
        #expect(csv.status == 0 && csv.stdout.isEmpty)
        #expect(try await cli.run(["history", "--since", "yesterday"]).status == 2)
    }

    @Test func releaseWhoseAnswerIsLostIsReconciledFromTheOwnedList() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let cli = try CLIRunner(extra: fixture.environment(only: "VOBIZ"))
        let number = try #require(try await firstIndianNumber(cli)["number"])
        #expect(try await cli.run(["buy", number, "--yes"]).status == 0)
        fixture.sandbox.setFaults(SandboxFaults(dropAfterCommit: 1))
        let result = try await cli.run(["release", number, "--yes"])
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stderr.contains("released") && result.stderr.contains("confirmed from the owned list"))
        #expect(cli.journal.contains("reconciled_released"))
        #expect(cli.journal.contains(#""kind":"release""#))
    }

    @Test func agniReleaseIsRefusedWithTheReason() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let cli = try CLIRunner(extra: fixture.environment(only: "RAVAN"))
        let result = try await cli.run(["release", "+14155550100", "--yes"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("documents no way to release"))
        #expect(cli.journal.isEmpty)
    }
}
