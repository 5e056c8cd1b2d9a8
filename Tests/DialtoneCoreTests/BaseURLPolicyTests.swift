import Foundation
import Testing
@testable import DialtoneCore

/// Credentials go over plain http only to this machine; a remote `http` base URL is refused
/// with the file, line and key (or the variable) that set it.
@Suite struct BaseURLPolicyTests {
    private func profile(_ provider: String, baseURL: String) -> String {
        let id = provider == "plivo" ? "MATESTAUTHID00000001" : "MA_TEST0001"
        return "[profiles.remote]\nprovider = \"\(provider)\"\nauth_id = \"\(id)\"\ntoken = \"abcd-token\"\nbase_url = \"\(baseURL)\"\n"
    }

    @Test(arguments: ["vobiz", "plivo", "agni"])
    func remoteHTTPBaseURLIsRefusedWithFileLineAndKey(provider: String) throws {
        let path = try TemporaryConfig.write(profile(provider, baseURL: "http://api.example.com"))
        let error = try #require(throws: DialtoneError.self) { try ConfigLoader.load(environment: [:], path: path) }
        #expect(error.kind == .configuration)
        #expect(error.description.contains("\(path):5"), "file and line")
        #expect(error.description.contains("base_url") && error.description.contains("https"), "key and remedy")
    }

    @Test(arguments: ["http://127.0.0.1:8080", "http://localhost:9000/", "https://api.example.com", "http://[::1]:8080"])
    func loopbackHTTPAndAnyHTTPSAreAllowed(baseURL: String) throws {
        let config = try ConfigLoader.load(environment: [:], path: try TemporaryConfig.write(profile("vobiz", baseURL: baseURL)))
        #expect(config.profiles.count == 1)
    }

    @Test(arguments: ["http://10.0.0.5", "http://127.0.0.1.evil.example", "http://localhost.evil.example"])
    func lookalikeHostsAreNotLoopback(baseURL: String) {
        #expect(BaseURLPolicy.problem(baseURL) != nil)
    }

    @Test func remoteHTTPInTheEnvironmentNamesTheVariable() throws {
        let environment = ["VOBIZ_AUTH_ID": "MA_ENV", "VOBIZ_AUTH_TOKEN": "env-token", "DIALTONE_BASE_URL": "http://api.example.com"]
        let error = try #require(throws: DialtoneError.self) {
            try ConfigLoader.load(environment: environment, path: "/nonexistent/config.toml")
        }
        #expect(error.kind == .configuration && error.description.contains("DIALTONE_BASE_URL"))
    }

    @Test func filesWritableByOthersWarn() throws {
        let tokenFile = try TemporaryConfig.write("file-token\n", mode: 0o622)
        let text = "[profiles.a]\nprovider = \"vobiz\"\nauth_id = \"MA_X\"\ntoken_file = \"\(tokenFile)\"\n"
        let path = try TemporaryConfig.write(text, mode: 0o664)
        let warnings = try ConfigLoader.load(environment: [:], path: path).warnings
        #expect(warnings.contains { $0.contains(path) && $0.contains("writable by its group") })
        #expect(warnings.contains { $0.contains(tokenFile) && $0.contains("writable by everyone") })
    }
}
