import Foundation
import Testing

/// `dialtone assign` / `unassign` and `owned --unrouted` as real processes against the sandbox
/// over HTTP: a routing change by name, journalled as `assign`, seen in the owned list and in
/// History; refusals that send nothing.
@Suite(.serialized) struct AssignCommandTests {
    /// The owned numbers as `owned --json` prints them.
    private func owned(_ cli: CLIRunner, _ extra: [String] = []) async throws -> [[String: String]] {
        let result = try await cli.run(["owned", "--json"] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONLines.strings(result.stdout)
    }

    /// A number that routes nowhere and the name of a target another number routes to.
    private func unroutedAndTarget(_ cli: CLIRunner) async throws -> (number: String, target: String) {
        let all = try await owned(cli)
        let unrouted = try await owned(cli, ["--unrouted"])
        #expect(!unrouted.isEmpty && unrouted.count < all.count, "the sandbox seeds some numbers routing nowhere, not all")
        #expect(unrouted.allSatisfy { $0["routes_to"] == "" })
        let number = try #require(unrouted.first?["number"])
        let target = try #require(all.compactMap { $0["routes_to"] }.first { !$0.isEmpty })
        return (number, target)
    }

    @Test(arguments: [("VOBIZ", "--trunk"), ("PLIVO", "--app")])
    func assignByNameThenUnassign(provider: String, option: String) async throws {
        let fixture = try await SandboxFixture.start(owned: 30)
        defer { Task { await fixture.sandbox.stop() } }
        let cli = try CLIRunner(extra: fixture.environment(only: provider))
        let (number, target) = try await unroutedAndTarget(cli)

        let assigned = try await cli.run(["assign", number, option, target.uppercased(), "--yes", "--json"])
        #expect(assigned.status == 0, "\(assigned.stderr)")
        let answer = try #require(try JSONLines.strings(assigned.stdout).first)
        #expect(answer["outcome"] == "assigned" && answer["routes_to"] == target && answer["routes_from"] == "")
        #expect(try await owned(cli).first { $0["number"] == number }?["routes_to"] == target)
        #expect(try await !owned(cli, ["--unrouted"]).contains { $0["number"] == number })

        let detached = try await cli.run(["unassign", number, "--yes", "--json"])
        #expect(detached.status == 0, "\(detached.stderr)")
        #expect(try JSONLines.strings(detached.stdout).first?["routes_from"] == target)
        #expect(try await owned(cli, ["--unrouted"]).contains { $0["number"] == number })

        let history = try JSONLines.strings(try await cli.run(["history", "--json"]).stdout)
        #expect(history.filter { $0["number"] == number }.map { $0["action"] } == ["assign", "assign"])
        #expect(cli.journalStates == ["intent", "done", "intent", "done"])
    }

    @Test func anUnknownNameIsRefusedNamingWhatTheAccountHasAndSendsNothing() async throws {
        let fixture = try await SandboxFixture.start(owned: 30)
        defer { Task { await fixture.sandbox.stop() } }
        let cli = try CLIRunner(extra: fixture.environment(only: "VOBIZ"))
        let (number, target) = try await unroutedAndTarget(cli)
        let result = try await cli.run(["assign", number, "--trunk", "No Such Trunk", "--yes"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no trunk has the id or name No Such Trunk") && result.stderr.contains(target))
        #expect(cli.journalStates.isEmpty)
    }

    @Test func withoutATerminalItAsksForYesAndSendsNothing() async throws {
        let fixture = try await SandboxFixture.start(owned: 30)
        defer { Task { await fixture.sandbox.stop() } }
        let cli = try CLIRunner(extra: fixture.environment(only: "VOBIZ"))
        let (number, target) = try await unroutedAndTarget(cli)
        let result = try await cli.run(["assign", number, "--trunk", target])
        #expect(result.status == 4, "\(result.stderr)")
        #expect(result.stderr.contains("--yes"))
        #expect(cli.journalStates.isEmpty)
        #expect(try await owned(cli, ["--unrouted"]).contains { $0["number"] == number })
    }

    @Test func theWrongKindOfTargetIsAUsageMistakeNamingTheRightOption() async throws {
        let fixture = try await SandboxFixture.start(owned: 30)
        defer { Task { await fixture.sandbox.stop() } }
        let cli = try CLIRunner(extra: fixture.environment(only: "VOBIZ"))
        let (number, _) = try await unroutedAndTarget(cli)
        let result = try await cli.run(["assign", number, "--app", "Support IVR", "--yes"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("use --trunk"))
        let neither = try await cli.run(["assign", number, "--yes"])
        #expect(neither.status == 2 && neither.stderr.contains("--trunk"))
        #expect(cli.journalStates.isEmpty)
    }

    @Test func buyWithATrunkRoutesTheBoughtNumberAsASecondJournalledStep() async throws {
        let fixture = try await SandboxFixture.start(owned: 30)
        defer { Task { await fixture.sandbox.stop() } }
        let cli = try CLIRunner(extra: fixture.environment(only: "VOBIZ"))
        let (_, target) = try await unroutedAndTarget(cli)
        let number = try await cli.firstListedNumber(country: "IN")
        let result = try await cli.run(["buy", number, "--trunk", target, "--yes", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let answer = try #require(try JSONLines.strings(result.stdout).first)
        #expect(answer["outcome"] == "bought" && answer["routing"] == "assigned" && answer["routes_to"] == target)
        #expect(try await owned(cli).first { $0["number"] == number }?["routes_to"] == target)
        #expect(cli.journalStates == ["intent", "done", "intent", "done"])
        let unknown = try await cli.run(["buy", try await cli.firstListedNumber(country: "IN"), "--trunk", "Nowhere PBX", "--yes"])
        #expect(unknown.status == 1 && unknown.stderr.contains("no trunk has the id or name Nowhere PBX"))
        #expect(cli.journalStates.count == 4, "an unknown trunk buys nothing")
    }
}
