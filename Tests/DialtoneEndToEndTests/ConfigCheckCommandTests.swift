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
