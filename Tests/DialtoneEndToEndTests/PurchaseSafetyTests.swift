import DialtoneCore
import DialtoneSandbox
import Foundation
import Testing

/// The purchase protocol under real conditions, through real processes: keys typed ahead and
/// pasted, a gateway's 504 after the sale, and two dialtone processes sharing one journal.
@Suite(.serialized, .timeLimit(.minutes(5))) struct PurchaseSafetyTests {
    /// A config file holding only a top-level `confirm_above` (no profiles), so the profile is
    /// still made from environment variables.
    private static func configFile(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dialtone-config-\(UUID().uuidString).toml")
        try Data(text.utf8).write(to: url)
        chmod(url.path, 0o600)
        return url.path
    }

    private static func journal(_ run: TUIRun) -> String {
        run.file(".local/state/dialtone/purchases.jsonl")
    }

    @Test func keysTypedAheadOrPastedBuyNothingWhileAHumanPacedPurchaseBuys() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dialtone-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let serve = try SandboxServeProcess(folder: folder)
        defer { serve.stop() }
        // No typed digits are asked: only the discarded type-ahead and the arming delay stand in the way.
        let config = try Self.configFile("confirm_above = 1000\n")
        let run = try TUIRun(environment: serve.vobizEnvironment.merging(["DIALTONE_CONFIG": config]) { $1 })
        defer { run.close() }
        let tmux = run.session
        let first = try await tmux.waitFor(text: "page 1/", timeout: .seconds(60))
        #expect(!first.contains("SANDBOX"), "a real-provider profile, not the built-in sandbox")
        let ownedBefore = try await serve.ownedNumbers().count

        try tmux.send("b", "l", "Enter")  // one burst: type-ahead, a key repeat, a macro
        try await tmux.waitFor(text: "Buy this number?")
        // The burst was in before the dialog opened; once the arming delay is over, Buy would act.
        var screen = try await tmux.waitFor(text: "[ Buy ]")
        #expect(screen.contains("Buy this number?") && !screen.contains("Provider says") && !screen.contains("Buying"))
        #expect(Self.journal(run).isEmpty, "nothing journalled, nothing sent")
        try tmux.send("Escape")
        try await tmux.waitFor("dialog closed") { !$0.contains("Buy this number?") }

        try tmux.paste("public\r")
        // `?` opens the keys only where no dialog is open: a pasted `b` would have opened one.
        screen = try await tmux.probe("?", until: "the keys are shown") { $0.contains("Keys (Esc closes)") }
        #expect(!screen.contains("Buy this number?"), "pasted text is not read as commands")
        try tmux.send("Escape")
        try await tmux.waitFor("the keys closed") { !$0.contains("Keys (Esc closes)") }
        #expect(Self.journal(run).isEmpty)
        #expect(try await serve.ownedNumbers().count == ownedBefore)

        try tmux.send("b")
        try await tmux.waitFor(text: "Buy this number?")
        try await Task.sleep(for: .milliseconds(300))
        try tmux.send("Tab")
        try await tmux.waitFor(text: "[ Buy ]", timeout: .seconds(5))
        try tmux.send("Enter")
        try await tmux.waitFor(text: "Provider says")
        let lines = Self.journal(run).split(separator: "\n")
        #expect(lines.count == 2 && lines[0].contains(#""state":"intent""#) && lines[1].contains(#""state":"done""#))
        #expect(try await serve.ownedNumbers().count == ownedBefore + 1)
        try tmux.send("Escape")
        try await run.quitAndCheckRestored()
    }

    @Test func aGateway504AfterTheSaleIsReconciledAsBoughtAndExitsThree() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let cli = try CLIRunner(extra: fixture.environment(only: "VOBIZ"))
        let number = try await cli.firstListedNumber()
        fixture.sandbox.setFaults(SandboxFaults(gatewayTimeoutAfterCommit: 1))
        let buy = try await cli.run(["buy", number, "--yes"])
        #expect(buy.status == 3, "\(buy.stderr)")
        #expect(buy.stderr.contains("confirmed from the owned list"))
        #expect(cli.journalStates == ["intent", "unknown", "reconciled_bought"])
        let owned = try await cli.run(["owned", "--json"])
        #expect(owned.stdout.contains(#""number":"\#(number)""#))
        #expect(fixture.sandbox.faults.gatewayTimeoutAfterCommit == 0, "the fault was used")
    }

    @Test func anotherProcessLeavesAPurchaseInFlightAlone() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let cli = try CLIRunner(extra: fixture.environment(only: "VOBIZ"))
        let number = try await cli.firstListedNumber()
        fixture.sandbox.setFaults(SandboxFaults(purchaseLatencyMilliseconds: 4_000))
        async let buying = cli.run(["buy", number, "--yes"])
        try await waitUntil("the intent is journalled", timeout: .seconds(30)) { cli.journal.contains(#""state":"intent""#) }
        #expect(cli.journalStates == ["intent"], "the purchase is in flight")
        let owned = try await cli.run(["owned"])
        #expect(owned.status == 0, "\(owned.stderr)")
        #expect(owned.stderr.contains("in flight in another dialtone"), "\(owned.stderr)")
        #expect(cli.journalStates == ["intent"], "the second process settled nothing")
        let buy = try await buying
        #expect(buy.status == 0, "\(buy.stderr)")
        #expect(cli.journalStates == ["intent", "done"])
    }

    @Test func buyOnATerminalIgnoresWhatWasTypedBeforeTheQuote() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let cli = try CLIRunner(extra: fixture.environment(only: "VOBIZ"))
        let number = try await cli.firstListedNumber()
        fixture.sandbox.setFaults(SandboxFaults(latencyMilliseconds: 800))  // the quote takes a while
        let run = try TUIRun(environment: fixture.environment(only: "VOBIZ"), arguments: "buy \(number)")
        defer { run.close() }
        try run.session.type(String(number.suffix(4)))
        try run.session.send("Enter")
        try await run.session.waitFor(text: "Buy this number?", timeout: .seconds(30))
        try run.session.type("0000")
        try run.session.send("Enter")
        let ended = try await run.session.waitFor(text: "DIALTONE-ENDED", timeout: .seconds(30))
        // Had the digits typed before the quote answered the prompt, it would have bought (exit 0).
        #expect(run.file("exit").contains("exit=4"), "the typed-ahead digits did not answer the prompt; 0000 declined:\n\(ended)")
        #expect(run.file(".local/state/dialtone/purchases.jsonl").isEmpty)
    }

    @Test func aTornJournalLineIsReportedAndNeverSwallowsTheNextPurchase() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let cli = try CLIRunner(extra: fixture.environment(only: "VOBIZ"))
        let path = cli.home.appendingPathComponent("state/dialtone/purchases.jsonl")
        try FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(#"{"id":"2F0B9C64-4D2B-4C85-9E0C-4B8E3D2A8F10","state":"inte"#.utf8).write(to: path)  // a crash mid-write
        let number = try await cli.firstListedNumber()
        let buy = try await cli.run(["buy", number, "--yes"])
        #expect(buy.status == 0, "\(buy.stderr)")
        #expect(buy.stderr.contains("1 line could not be read"), "\(buy.stderr)")
        #expect(cli.journalStates == ["intent", "done"], "the intent after the torn line is whole")
        let check = try await cli.run(["config", "check"])
        #expect(check.stderr.contains("1 line could not be read"), "\(check.stderr)")
    }
}
