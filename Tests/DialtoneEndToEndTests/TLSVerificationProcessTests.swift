import Foundation
import Testing

/// README, Configuration: "TLS is always verified", and a TLS failure "is reported at once, in
/// words". Here through the `dialtone` binary: a profile whose `base_url` is an `https` server on
/// this machine with a self-signed certificate is refused — exit 1 exactly, a message naming TLS
/// and the endpoint — and the server never receives a request: no headers, no token, no body.
@Suite(.serialized, .timeLimit(.minutes(3))) struct TLSVerificationProcessTests {
    @Test func aSelfSignedEndpointIsRefusedBeforeAnyRequestIsSent() async throws {
        let server = try SelfSignedTLSServer()
        defer { server.stop() }
        let secret = PlantedSecret.tokens().vobiz
        let cli = try CLIRunner(extra: ["VOBIZ_AUTH_ID": secret.authID, "VOBIZ_AUTH_TOKEN": secret.token, "DIALTONE_BASE_URL": server.baseURL])
        let endpoint = try #require(server.baseURL.split(separator: "/").last)

        for arguments in [["buy", "+919876543210", "--yes"], ["inventory", "--country", "IN"], ["owned"]] {
            let result = try await cli.run(arguments)
            #expect(result.status == 1, "\(arguments): exit \(result.status): \(result.stderr)")
            #expect(result.stderr.contains("TLS with \(endpoint) failed: its certificate is not trusted"), "\(arguments) says why, and where: \(result.stderr)")
            #expect(!result.stderr.contains("BoringSSL") && !result.stderr.contains(".cc:"), "in words, not the TLS library's: \(result.stderr)")
            #expect(result.stdout.isEmpty, "\(arguments): \(result.stdout)")
        }
        let log = server.log
        #expect(log.contains { $0.hasPrefix("handshake-failed") }, "dialtone did connect and was refused the handshake: \(log)")
        #expect(!log.contains { $0.hasPrefix("handshake-ok") || $0.hasPrefix("request") }, "nothing reached the server: \(log)")
        #expect(cli.journal.isEmpty, "no purchase intent: \(cli.journal)")
    }
}
