import Foundation
import Testing

/// Every human-readable printer of `dialtone` shows provider-sent and configured text through the
/// TUI's sanitiser (`TerminalText`), tested on the real binary: an OSC that sets the window title
/// and a clear-screen in a Vobiz stub's balance currency, in config values and in an argument
/// never reach the terminal as bytes. `--json` keeps the exact string.
@Suite(.serialized, .timeLimit(.minutes(3))) struct TerminalSafePrinterTests {
    /// OSC 0 (set the window title) ended by BEL, then "clear the screen".
    static let hostile = "\u{1B}]0;pwned-title\u{07}\u{1B}[2J"

    /// A Vobiz stub whose balance answer names `hostile` + `INR` as its currency.
    private func hostileBalanceStub() async throws -> LoopbackServer {
        let currency = try #require(String(data: JSONSerialization.data(withJSONObject: Self.hostile + "INR", options: .fragmentsAllowed), encoding: .utf8))
        let server = LoopbackServer { request in
            guard request.path.contains("/balance/") else { return .init(status: 404, body: #"{"error":"not_found"}"#) }
            return .init(status: 200, body: #"{"balance":1000,"available_balance":1000,"currency":\#(currency),"is_postpaid":false}"#)
        }
        try await server.start()
        return server
    }

    /// A CLI whose only profile is Vobiz from environment variables, pointed at `server`.
    private func cli(_ server: LoopbackServer) throws -> CLIRunner {
        try CLIRunner(extra: [
            "VOBIZ_AUTH_ID": "MA_STUB0001", "VOBIZ_AUTH_TOKEN": "stub-token", "DIALTONE_BASE_URL": server.baseURL, "NO_COLOR": "1",
        ])
    }

    private func expectNoControl(_ result: CLIRunner.Result, _ what: String) {
        let output = result.stdout + result.stderr
        #expect(HostileServerTests.unsafeScalars(output).isEmpty, "\(what) printed a control: \(output.debugDescription.prefix(600))")
    }

    @Test func doctorShowsAHostileBalanceCurrencyAsText() async throws {
        let server = try await hostileBalanceStub()
        defer { server.stop() }
        let result = try await cli(server).run(["doctor"])
        expectNoControl(result, "doctor")
        let account = try #require(result.stdout.split(separator: "\n").first { $0.contains("account (vobiz)") }, "\(result.stdout)")
        #expect(account.contains("balance \u{FFFD}\u{FFFD}INR 1,000.00"), "each sequence shows as one mark: \(account)")
        #expect(server.requests.contains { $0.path.contains("/balance/") }, "the stub was asked")
    }

    @Test func doctorJSONKeepsTheExactCurrency() async throws {
        let server = try await hostileBalanceStub()
        defer { server.stop() }
        let result = try await cli(server).run(["doctor", "--json"])
        #expect(!result.stdout.contains("\u{1B}"), "JSON escapes the controls")
        let records = try result.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: String])
        }
        let account = try #require(records.first { $0["check"] == "account" })
        #expect(account["detail"]?.contains(Self.hostile.uppercased() + "INR") == true, "\(account)")
    }

    @Test func configCheckShowsHostileConfigValuesAsText() async throws {
        let cli = try CLIRunner()
        let path = cli.home.appendingPathComponent("config.toml").path
        let escaped = Self.hostile.unicodeScalars.map { $0.value < 0x20 ? String(format: "\\u%04X", $0.value) : String($0) }.joined()
        try """
            theme = "\(escaped)"
            log_file = "/tmp/\(escaped)"

            [profiles."evil\(escaped)"]
            provider = "vobiz"
            auth_id = "MA_TEST\(escaped)"
            token = "config-token-value"
            base_url = "http://127.0.0.1:9"
            """.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        let result = try await cli.run(["config", "check", "--config", path])
        #expect(result.status == 0, "\(result.stderr)")
        expectNoControl(result, "config check")
        #expect(result.stdout.contains("theme:       \u{FFFD}\u{FFFD}\n"), "each sequence shows as one mark: \(result.stdout)")
        #expect(!(result.stdout + result.stderr).contains("config-token-value"))
    }

    @Test func themesListShowsAHostileThemeFileNameAsText() async throws {
        let cli = try CLIRunner()
        let themes = cli.home.appendingPathComponent("config/dialtone/themes")
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        try Data().write(to: themes.appendingPathComponent("evil\(Self.hostile).toml"))
        let result = try await cli.run(["themes", "list"])
        expectNoControl(result, "themes list")
        #expect(result.stdout.contains("evil\u{FFFD}\u{FFFD}\n"), "\(result.stdout)")
    }

    @Test func aUsageErrorQuotingAnArgumentIsTerminalSafe() async throws {
        let result = try await CLIRunner().run(["history", "--since", Self.hostile])
        #expect(result.status == 2)
        expectNoControl(result, "a usage error")
        #expect(result.stderr.contains("is not a date"), "\(result.stderr)")
    }
}
