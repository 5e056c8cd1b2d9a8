import Foundation
import Testing
@testable import DialtoneCore

/// Issue 23, finding 10: `sandbox = true` drops the typed digits and shows the SANDBOX badge, so
/// it is honoured only for a base URL on this machine; anywhere else it is a configuration error.
@Suite struct SandboxFlagConfigTests {
    private func profile(baseURL: String?, sandbox: String = "true") -> String {
        """
        [profiles.test]
        provider = "vobiz"
        auth_id = "MA_TEST0001"
        token = "inline-token"
        \(baseURL.map { "base_url = \"\($0)\"" } ?? "")
        sandbox = \(sandbox)
        """
    }

    private func load(_ text: String) throws -> DialtoneConfiguration {
        try ConfigLoader.load(environment: [:], path: try TemporaryConfig.write(text))
    }

    @Test(arguments: ["http://127.0.0.1:8080", "http://127.9.0.1", "http://localhost:9000/", "http://[::1]:8080", "https://localhost"])
    func sandboxOnALoopbackBaseURLIsHonoured(_ baseURL: String) throws {
        let profile = try #require(try load(profile(baseURL: baseURL)).profiles.first)
        #expect(profile.isSandbox)
    }

    @Test(arguments: [nil, "https://api.vobiz.ai", "https://127.0.0.1.example.com", "https://localhost.example.com", "https://10.0.0.1"])
    func sandboxElsewhereIsAConfigurationErrorNamingFileLineAndKey(_ baseURL: String?) throws {
        let path = try TemporaryConfig.write(profile(baseURL: baseURL))
        let error = #expect(throws: DialtoneError.self) { try ConfigLoader.load(environment: [:], path: path) }
        #expect(error?.kind == .configuration)
        #expect(error?.description.contains("\(path):6: sandbox = true needs a base_url on this machine") == true, "\(error?.description ?? "")")
    }

    @Test func sandboxFalseOnARealEndpointIsFineAndANonBooleanIsAnError() throws {
        #expect(try load(profile(baseURL: "https://api.vobiz.ai", sandbox: "false")).profiles.first?.isSandbox == false)
        let error = #expect(throws: DialtoneError.self) { try load(profile(baseURL: "http://127.0.0.1", sandbox: "\"yes\"")) }
        #expect(error?.description.contains("sandbox must be true or false") == true)
    }
}
