import Foundation
import Testing

/// README, Configuration: tokens never appear "in `ps` output (they are never arguments)".
/// Every command line (`/proc/PID/cmdline`, what `ps` prints) of `dialtone` and of every
/// process it starts, watched while it runs, for each headless command and for the TUI: none
/// holds any form of the token. Each run also proves the watch saw `dialtone` itself.
@Suite(.serialized, .timeLimit(.minutes(3))) struct TokenCommandLineProcessTests {
    private static let number = "+919876543210"

    /// Every headless command, in an order in which each succeeds against the stub.
    private static let commands: [[String]] = [
        ["inventory", "--country", "IN"],
        ["buy", number, "--yes"],
        ["owned", "--json"],
        ["release", number, "--yes"],
        ["history"],
        ["doctor"],
        ["config", "check"],
    ]

    /// Fails the test for every watched command line holding a form of `secrets`, and unless
    /// `dialtone` itself was seen running `what`.
    private func check(_ seen: Set<CommandLineWatch.Seen>, _ secrets: [PlantedSecret], running what: String) {
        #expect(seen.contains { $0.isProgram && $0.commandLine.contains(what) }, "the watch saw `dialtone \(what)`: \(seen)")
        for process in seen {
            for leak in PlantedSecret.leaks(of: secrets, in: process.commandLine) {
                Issue.record("pid \(process.pid) (\(process.isProgram ? "dialtone" : "started by dialtone")) had a token in its command line: \(leak)")
            }
        }
    }

    @Test func noHeadlessCommandPutsTheTokenOnACommandLine() async throws {
        // The purchase is answered slowly, so it is in flight while the watch looks.
        var rules = VobizStub.Rules(numbers: [Self.number])
        rules.purchase = { (true, .init(status: 200, body: #"{"number":{"e164":"\#($0)","setup_fee":100,"monthly_fee":1,"currency":"INR"}}"#, delay: .milliseconds(300))) }
        let stub = VobizStub(rules)
        try await stub.server.start()
        defer { stub.server.stop() }
        let secret = PlantedSecret.tokens().vobiz
        var cli = try stub.cli()
        cli.environment.merge(["VOBIZ_AUTH_ID": secret.authID, "VOBIZ_AUTH_TOKEN": secret.token]) { $1 }

        for arguments in Self.commands {
            let watch = CommandLineWatch(roots: [getpid()])
            let result: CLIRunner.Result
            do { result = try await cli.run(arguments) } catch { _ = watch.stop(); throw error }
            let seen = watch.stop()
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            check(seen, [secret], running: arguments.joined(separator: " "))
        }
        #expect(stub.server.requests.contains { $0.headers.values.contains(secret.token) }, "the token was in use")
    }

    @Test func theTUINeverPutsTheTokenOnACommandLine() async throws {
        let stub = VobizStub(.init(numbers: [Self.number]))
        try await stub.server.start()
        defer { stub.server.stop() }
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("dialtone-tui-\(UUID().uuidString)")
        // Tokens in files: they pass through no command line of the test's own terminal either.
        let profiles = try PlantedProfiles(
            home: home, configFolder: home.appendingPathComponent(".config"), baseURL: stub.server.baseURL, tokens: .files)
        let run = try TUIRun(reusing: home)
        defer { run.close() }
        let watch = CommandLineWatch(roots: run.session.processIDs)
        defer { _ = watch.stop() }
        try await run.session.waitFor(text: "98765 43210")
        try run.session.send("b")
        try await run.session.waitFor(text: "Buy this number?")
        try run.session.send("Escape")
        try run.session.send("2")
        try await run.session.waitFor(text: "Owned")
        try run.session.send("p")
        try await run.session.waitFor(text: "Plivo")
        try await run.quitAndCheckRestored()
        check(watch.stop(), profiles.secrets, running: CLIRunner.binary)
        #expect(stub.server.requests.contains { $0.headers.values.contains(profiles.vobiz.token) }, "the token was in use")
    }
}
