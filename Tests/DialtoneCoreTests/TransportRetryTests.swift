import Foundation
import Synchronization
import Testing
@testable import DialtoneCore

/// GETs are retried with backoff and Retry-After; POSTs are sent exactly once.
@Suite struct TransportRetryTests {
    private final class Waits: Sendable {
        let values = Mutex<[Duration]>([])
        var all: [Duration] { values.withLock { $0 } }
    }

    private func transport(_ waits: Waits, attempts: Int = 3, timeout: Duration = .seconds(5)) -> HTTPTransport {
        HTTPTransport(policy: RetryPolicy(maxAttempts: attempts), requestTimeout: timeout, sleep: { wait in waits.values.withLock { $0.append(wait) } })
    }

    @Test func getIsRetriedAfterServerErrorsThenSucceeds() async throws {
        let server = LoopbackServer { _ in .init(status: 503, body: "") }
        let counting = LoopbackServer { _ in .init(status: 200, body: SeedFixtures.vobizInventoryList) }
        try await server.start()
        try await counting.start()
        defer { server.stop(); counting.stop() }
        let waits = Waits()
        let failing = VobizClient(credentials: TestCredentials.vobiz(server.baseURL), transport: transport(waits))
        await #expect(throws: DialtoneError.self) { _ = try await failing.searchInventory(InventoryQuery()) }
        #expect(server.requests.count == 3)
        #expect(waits.all.count == 2)
        #expect(waits.all.allSatisfy { $0 >= .milliseconds(100) && $0 <= .seconds(3) })
    }

    @Test func rateLimitedGetWaitsForRetryAfter() async throws {
        let server = LoopbackServer { request in
            request.query["page"] == "1" ? .init(status: 429, body: #"{"api_id":"x","error":"too many requests"}"#, headers: ["Retry-After": "2"]) : .init(status: 200, body: "{}")
        }
        try await server.start()
        defer { server.stop() }
        let waits = Waits()
        let client = VobizClient(credentials: TestCredentials.vobiz(server.baseURL), transport: transport(waits))
        do {
            _ = try await client.searchInventory(InventoryQuery())
            Issue.record("expected rate limiting")
        } catch let error as DialtoneError {
            #expect(error.kind == .rateLimited && error.retryAfter == .seconds(2))
        }
        #expect(waits.all == [.seconds(2), .seconds(2)])
    }

    @Test func postIsNeverRetriedEvenOnServerError() async throws {
        let server = LoopbackServer { _ in .init(status: 503, body: "") }
        try await server.start()
        defer { server.stop() }
        let waits = Waits()
        let client = VobizClient(credentials: TestCredentials.vobiz(server.baseURL), transport: transport(waits))
        do {
            _ = try await client.purchase(TestCredentials.number("+919876543210", provider: .vobiz), permit: .test)
            Issue.record("expected an error")
        } catch let error as DialtoneError {
            #expect(error.kind == .outcomeUnknown)
        }
        #expect(server.requests.count == 1)
        #expect(waits.all.isEmpty)
    }

    @Test func unansweredPurchaseIsAnUnknownOutcomeNotARetry() async throws {
        let server = LoopbackServer { _ in .init(status: 200, body: SeedFixtures.vobizPurchaseAnswer, delay: .seconds(3)) }
        try await server.start()
        defer { server.stop() }
        let waits = Waits()
        let client = VobizClient(credentials: TestCredentials.vobiz(server.baseURL), transport: transport(waits, timeout: .milliseconds(300)))
        do {
            _ = try await client.purchase(TestCredentials.number("+919876543210", provider: .vobiz), permit: .test)
            Issue.record("expected an error")
        } catch let error as DialtoneError {
            #expect(error.kind == .outcomeUnknown)
        }
        #expect(server.requests.count == 1)
    }

    @Test func refusedConnectionIsADefiniteTransportFailure() async throws {
        let client = VobizClient(credentials: TestCredentials.vobiz("http://127.0.0.1:1"), transport: transport(Waits(), attempts: 1))
        do {
            _ = try await client.purchase(TestCredentials.number("+919876543210", provider: .vobiz), permit: .test)
            Issue.record("expected an error")
        } catch let error as DialtoneError {
            #expect(error.kind == .transport)
        }
    }
}
