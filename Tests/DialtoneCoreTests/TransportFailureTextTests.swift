import Foundation
import Synchronization
import Testing
@testable import DialtoneCore

/// Failures read as people say them, a read that cannot succeed by retrying fails at once, and
/// every retry is announced to whoever shows progress.
@Suite struct TransportFailureTextTests {
    private final class Notices: Sendable {
        let values = Mutex<[RetryNotice]>([])
        var all: [RetryNotice] { values.withLock { $0 } }
    }

    private final class Waits: Sendable {
        let count = Mutex(0)
    }

    @Test func refusedConnectionNamesTheEndpointAndIsNotRetried() async throws {
        let waits = Waits()
        let transport = HTTPTransport(sleep: { _ in waits.count.withLock { $0 += 1 } })
        let client = VobizClient(credentials: TestCredentials.vobiz("http://127.0.0.1:1"), transport: transport)
        do {
            _ = try await client.searchInventory(InventoryQuery())
            Issue.record("expected a refused connection")
        } catch let error as DialtoneError {
            #expect(error.kind == .transport)
            #expect(error.description.contains("connection refused by 127.0.0.1:1"), "\(error.description)")
            #expect(!error.description.contains("errno") && !error.description.contains("error set"), "\(error.description)")
        }
        #expect(waits.count.withLock { $0 } == 0, "a refused connection is not retried")
    }

    @Test func unresolvableHostSaysSo() async throws {
        let transport = HTTPTransport(sleep: { _ in })
        let client = VobizClient(credentials: TestCredentials.vobiz("http://no-such-host.invalid:8080"), transport: transport)
        do {
            _ = try await client.searchInventory(InventoryQuery())
            Issue.record("expected a resolution failure")
        } catch let error as DialtoneError {
            #expect(error.description.contains("cannot resolve no-such-host.invalid"), "\(error.description)")
        }
    }

    @Test func everyRetryIsAnnouncedWithTheAttemptAndTheWait() async throws {
        let server = LoopbackServer { _ in .init(status: 503, body: "") }
        try await server.start()
        defer { server.stop() }
        let notices = Notices()
        let transport = HTTPTransport(policy: RetryPolicy(maxAttempts: 3), sleep: { _ in })
        let client = VobizClient(credentials: TestCredentials.vobiz(server.baseURL), transport: transport)
        await RetryNotice.$observer.withValue(RetryObserver { notice in notices.values.withLock { $0.append(notice) } }) {
            _ = try? await client.searchInventory(InventoryQuery())
        }
        #expect(notices.all.map(\.nextAttempt) == [2, 3])
        #expect(notices.all.allSatisfy { $0.maxAttempts == 3 && $0.wait > .zero })
        let port = try #require(URL(string: server.baseURL)?.port)
        #expect(notices.all.first?.reason == "127.0.0.1:\(port) answered HTTP 503")
        #expect(notices.all.first?.error.kind == .server && notices.all.first?.error.httpStatus == 503)
    }

    @Test func endpointsNameHostAndPort() {
        #expect(WireRequest(method: .get, url: "http://127.0.0.1:1/x").endpoint == "127.0.0.1:1")
        #expect(WireRequest(method: .get, url: "https://api.plivo.com/v1/").endpoint == "api.plivo.com:443")
        #expect(WireRequest(method: .get, url: "http://localhost/v1/").endpoint == "localhost:80")
    }
}
