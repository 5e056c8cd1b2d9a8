import Foundation
import Testing

/// `dialtone config check` names what would send credentials carelessly.
@Suite(.serialized) struct ConfigCheckCommandTests {
    private func file(_ cli: CLIRunner, _ name: String, _ text: String, mode: Int) throws -> String {
        let path = cli.home.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
        return path
    }

    @Test func reportsPlainHTTPAndFilesOthersCanWrite() async throws {
        let cli = try CLIRunner()
        let token = try file(cli, "token", "local-token-value\n", mode: 0o602)
        let config = try file(cli, "config.toml", """
            [profiles.local]
            provider = "vobiz"
            auth_id = "MA_LOCAL0001"
            token_file = "\(token)"
            base_url = "http://127.0.0.1:8080"
            """, mode: 0o620)
        let result = try await cli.run(["config", "check", "--config", config])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("unencrypted to http://127.0.0.1:8080"))
        #expect(result.stderr.contains("\(config) is writable by its group"))
        #expect(result.stderr.contains("\(token) is writable by everyone"))
        #expect(!(result.stdout + result.stderr).contains("local-token-value"))
    }

    @Test func remotePlainHTTPIsAConfigurationErrorWithFileLineAndKey() async throws {
        let cli = try CLIRunner()
        let config = try file(cli, "config.toml", """
            [profiles.remote]
            provider = "agni"
            token = "remote-key-value"
            base_url = "http://api.ravan.example"
            """, mode: 0o600)
        let result = try await cli.run(["inventory", "--config", config])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(config):4") && result.stderr.contains("base_url") && result.stderr.contains("https"))
    }
}

/// `config check` on the two rules about what a profile may claim and which day it is.
@Suite(.serialized) struct ConfigCheckRulesTests {
    private func config(_ cli: CLIRunner, _ text: String) throws -> String {
        let path = cli.home.appendingPathComponent("config.toml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        return path
    }

    @Test func sandboxTrueOnARealEndpointIsReportedWithFileLineAndKey() async throws {
        let cli = try CLIRunner()
        let path = try config(cli, """
            [profiles.real]
            provider = "vobiz"
            auth_id = "MA_REAL0001"
            token = "real-token-value"
            base_url = "https://api.vobiz.example"
            sandbox = true
            """)
        let result = try await cli.run(["config", "check", "--config", path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(path):6: sandbox = true needs a base_url on this machine"), "\(result.stderr)")
        #expect(!(result.stdout + result.stderr).contains("real-token-value"))
    }

    @Test func theSpendZoneIsTheMachinesWhateverTZSays() async throws {
        var cli = try CLIRunner()
        let machine = try #require(try? FileManager.default.destinationOfSymbolicLink(atPath: "/etc/localtime"))
        let zone = machine.components(separatedBy: "zoneinfo/").last ?? ""
        for tz in ["Pacific/Kiritimati", "America/Adak"] {
            cli.environment["TZ"] = tz
            let result = try await cli.run(["config", "check"])
            #expect(result.stdout.contains("spend zone:  \(zone) "), "TZ=\(tz): \(result.stdout)")
        }
        let path = try config(cli, "spend_timezone = \"Asia/Kolkata\"\n")
        let configured = try await cli.run(["config", "check", "--config", path])
        #expect(configured.stdout.contains("spend zone:  Asia/Kolkata "), "\(configured.stdout)")
    }
}
