import AsyncHTTPClient
import DialtoneSandbox
import Foundation
import Testing

@Suite struct FaultInjectionTests {
    @Test func rateLimitBurstAnswersTheNextRequests429WithRetryAfter() async throws {
        let harness = try await SandboxHarness.start(numbers: 200)
        defer { Task { await harness.stop() } }
        harness.sandbox.setFaults(SandboxFaults(rateLimitBurst: 2, retryAfterSeconds: 3))
        let first = try await harness.send(.GET, "\(Paths.plivo)/PhoneNumber/?country_iso=US", auth: .plivoMain)
        let second = try await harness.send(.GET, "\(Paths.vobiz)/inventory/numbers", auth: .vobizMain)
        let third = try await harness.send(.GET, "\(Paths.vobiz)/inventory/numbers", auth: .vobizMain)
        #expect(first.status == 429)
        #expect(first.headers.first(name: "Retry-After") == "3")
        #expect(first.object["api_id"] is String)
        #expect(second.status == 429)
        #expect(second.object["error"] as? String == "too many requests")
        #expect(third.status == 200)
    }

    @Test func errorRateOneAnswersEveryRequest500InTheProviderFormat() async throws {
        let harness = try await SandboxHarness.start(numbers: 200, faults: SandboxFaults(errorRate: 1))
        defer { Task { await harness.stop() } }
        let agni = try await harness.send(.GET, "/api/v1/phone-numbers/list", auth: .agni)
        #expect(agni.status == 500)
        #expect(agni.object["success"] as? Bool == false)
        let vobiz = try await harness.send(.GET, "\(Paths.vobiz)/balance/INR", auth: .vobizMain)
        #expect(vobiz.status == 500)
        #expect(vobiz.object["error"] as? String == "internal server error")
    }

    @Test func droppedPurchaseIsCommittedButUnanswered() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.stop() } }
        let e164 = try #require(try await harness.vobizInventory(country: "IN").first?["e164"] as? String)
        harness.sandbox.setFaults(SandboxFaults(dropAfterCommit: 1))
        await #expect(throws: (any Error).self) {
            _ = try await harness.send(
                .POST, "\(Paths.vobizLower)/numbers/purchase-from-inventory", auth: .vobizMain, body: #"{"e164":"\#(e164)"}"#)
        }
        let owned = try await harness.send(.GET, "\(Paths.vobiz)/numbers?per_page=100", auth: .vobizMain)
        let numbers = (owned.object["items"] as? [[String: Any]] ?? []).compactMap { $0["e164"] as? String }
        #expect(numbers.contains(e164))
        #expect(harness.sandbox.faults.dropAfterCommit == 0)
        #expect(try await harness.sandbox.ledgerIsConsistent())
    }

    @Test func adminEndpointSetsFaultsAndReportsBalancesAndLedger() async throws {
        let harness = try await SandboxHarness.start(numbers: 200)
        defer { Task { await harness.stop() } }
        let set = try await harness.send(.POST, "/_sandbox/faults", body: #"{"latency_ms":150}"#)
        #expect(set.status == 200)
        #expect(harness.sandbox.faults.latencyMilliseconds == 150)
        let clock = ContinuousClock()
        let started = clock.now
        _ = try await harness.send(.GET, "/api/v1/phone-numbers/list", auth: .agni)
        #expect(clock.now - started >= .milliseconds(150))
        let invalid = try await harness.send(.POST, "/_sandbox/faults", body: #"{"error_rate":2}"#)
        #expect(invalid.status == 400)
        let balances = try await harness.send(.GET, "/_sandbox/balances")
        #expect((balances.json as? [[String: Any]])?.count ?? 0 >= 5)
        let ledger = try await harness.send(.GET, "/_sandbox/ledger")
        #expect(ledger.object["consistent"] as? Bool == true)
    }
}
