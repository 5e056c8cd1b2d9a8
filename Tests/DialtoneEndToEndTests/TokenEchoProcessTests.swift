import Foundation
import Testing

/// README, Configuration: "Tokens never appear on screen, in logs, in errors or in `ps` output
/// […] in any form they take on the wire". Here through the `dialtone` binary, against a
/// provider that echoes every credential it is sent back in its error body, its headers or a
/// redirect's `Location`, disguised as well as plain: no form of any token reaches stdout,
/// stderr, the TUI's screen or the `log_file` the configuration names (logging at trace).
@Suite(.serialized, .timeLimit(.minutes(3))) struct TokenEchoProcessTests {
    /// Every headless command that talks to a provider, and `config check`.
    private static let commands: [[String]] = [
        ["inventory", "--country", "IN"],
        ["inventory", "--profile", "plivo", "--country", "US", "--json"],
        ["owned"],
        ["owned", "--json"],
        ["buy", "+919876543210", "--yes"],
        ["buy", "+919876543210", "--yes", "--json"],
        ["release", "+919876543210", "--yes"],
        ["doctor"],
        ["doctor", "--json"],
        ["config", "check"],
    ]

    /// What shows that the hostile answer itself reached the output (it is the echo, not
    /// silence, that is kept from the screen).
    private static func evidence(_ shape: EchoingProvider.Shape) -> String {
        switch shape {
        case .errorBody: EchoingProvider.marker
        case .redirect: "\(EchoingProvider.marker).invalid"
        case .headers: "bad request"
        }
    }

    @Test(arguments: EchoingProvider.Shape.allCases)
    func headlessOutputAndTheLogHoldNoEchoedToken(shape: EchoingProvider.Shape) async throws {
        let provider = EchoingProvider(shape)
        try await provider.server.start()
        defer { provider.server.stop() }
        var cli = try CLIRunner()
        let profiles = try PlantedProfiles(
            home: cli.home, configFolder: cli.home.appendingPathComponent("config"), baseURL: provider.server.baseURL, tokens: .environment)
        cli.environment.merge(profiles.environment) { $1 }

        var everything = ""
        for arguments in Self.commands {
            let result = try await cli.run(arguments)
            let output = result.stdout + result.stderr
            everything += output
            for leak in PlantedSecret.leaks(of: profiles.secrets, in: output) {
                Issue.record("`dialtone \(arguments.joined(separator: " "))` (exit \(result.status)) showed a token: \(leak)")
            }
            if arguments != ["config", "check"] { #expect(result.status != 0, "\(arguments): \(output)") }
        }
        #expect(provider.receivedCredentials, "the provider was sent the tokens it echoes")
        #expect(everything.contains(Self.evidence(shape)), "the hostile answer was reported:\n\(everything)")
        #expect(!profiles.log.isEmpty, "the log was written")
        for leak in PlantedSecret.leaks(of: profiles.secrets, in: profiles.log) {
            Issue.record("the log file showed a token: \(leak)")
        }
    }

    @Test(arguments: EchoingProvider.Shape.allCases)
    func theScreenAndTheLogHoldNoEchoedToken(shape: EchoingProvider.Shape) async throws {
        let provider = EchoingProvider(shape)
        try await provider.server.start()
        defer { provider.server.stop() }
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("dialtone-tui-\(UUID().uuidString)")
        let profiles = try PlantedProfiles(
            home: home, configFolder: home.appendingPathComponent(".config"), baseURL: provider.server.baseURL, tokens: .files)
        // Wide, so an echoed message is drawn whole rather than cut at the edge.
        let run = try TUIRun(columns: 250, rows: 40, reusing: home)
        defer { run.close() }
        var screens: [String] = []
        // Vobiz's inventory, Plivo's, then (Agni lists none for sale) the owned lists of all three.
        for (what, keys, shown) in [("Vobiz's inventory", [], "Vobiz:"), ("Plivo's inventory", ["p"], "Plivo:"), ("the owned lists", ["p", "2"], "2 more")] {
            for key in keys { try run.session.send(key) }
            screens.append(try await run.session.waitFor("the hostile answer to \(what)", timeout: .seconds(10)) {
                $0.contains(shown) && $0.contains(Self.evidence(shape))
            })
        }
        screens.append(try run.session.screenAndHistory())
        try await run.quitAndCheckRestored()
        for screen in screens {
            // A token drawn across a line break is still a token on screen.
            let joined = screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined()
            for leak in PlantedSecret.leaks(of: profiles.secrets, in: screen + "\n" + joined) {
                Issue.record("the screen showed a token: \(leak)")
            }
        }
        #expect(provider.receivedCredentials, "the provider was sent the tokens it echoes")
        #expect(!profiles.log.isEmpty, "the log was written")
        for leak in PlantedSecret.leaks(of: profiles.secrets, in: profiles.log) {
            Issue.record("the log file showed a token: \(leak)")
        }
    }
}
