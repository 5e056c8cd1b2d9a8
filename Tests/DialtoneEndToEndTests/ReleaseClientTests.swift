@testable import DialtoneCore
import DialtoneSandbox
import Foundation
import Testing

/// The clients' release over real HTTP against the sandbox.
@Suite struct ReleaseClientTests {
    private static let transport = HTTPTransport(policy: RetryPolicy(maxAttempts: 2), requestTimeout: .seconds(10), sleep: { _ in })

    private func vobiz(_ fixture: SandboxFixture) -> VobizClient {
        VobizClient(credentials: ProviderCredentials(
            provider: .vobiz, authID: SandboxCredentials.vobizMainAuthID, token: Secret(SandboxCredentials.vobizMainToken),
            baseURL: fixture.sandbox.baseURL), transport: Self.transport)
    }

    private func plivo(_ fixture: SandboxFixture) -> PlivoClient {
        PlivoClient(credentials: ProviderCredentials(
            provider: .plivo, authID: SandboxCredentials.plivoMainAuthID, token: Secret(SandboxCredentials.plivoMainToken),
            baseURL: fixture.sandbox.baseURL), transport: Self.transport)
    }

    @Test func vobizReleasesAnOwnedNumberAndReportsAFeeWhenItSendsOne() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let client = vobiz(fixture)
        let stock = try await client.searchInventory(InventoryQuery(country: "IN", pageSize: 100)).items
        let plain = try #require(stock.first { $0.requirements.minimumCommitmentMonths == 0 })
        let committed = try #require(stock.first { $0.requirements.minimumCommitmentMonths > 0 })
        for number in [plain, committed] { _ = try await client.purchase(number, permit: .test) }
        let owned = try await client.ownedNumbers(.all)
        let ownedPlain = try #require(owned.first { $0.e164 == plain.e164 })
        let ownedCommitted = try #require(owned.first { $0.e164 == committed.e164 })

        let first = try await client.release(ownedPlain, permit: .test)
        #expect(first == ReleaseReceipt(provider: .vobiz, e164: plain.e164))
        let second = try await client.release(ownedCommitted, permit: .test)
        #expect(second.releaseFee == committed.monthlyFee, "the sandbox charges one month for leaving a commitment early")
        #expect(second.message?.isEmpty == false && second.cooldownEndsAt != nil)
        #expect(try await !client.ownedNumbers(.all).contains { [plain.e164, committed.e164].contains($0.e164) })

        do {
            _ = try await client.release(ownedPlain, permit: .test)
            Issue.record("releasing a number no longer owned must fail")
        } catch let error as DialtoneError {
            #expect(error.kind == .forbidden && error.httpStatus == 403)
            #expect(error.providerMessage == "account does not own this number")
        }
    }

    @Test func vobizReleaseIntoTheCooldownThenCancelItRefundsTheFee() async throws {
        let fixture = try await SandboxFixture.start(releaseCooldown: .seconds(24 * 3600))
        defer { Task { await fixture.sandbox.stop() } }
        let client = vobiz(fixture)
        let stock = try await client.searchInventory(InventoryQuery(country: "IN", pageSize: 100)).items
        let committed = try #require(stock.first { $0.requirements.minimumCommitmentMonths > 0 })
        _ = try await client.purchase(committed, permit: .test)
        let owned = try #require(try await client.ownedNumbers(.all).first { $0.e164 == committed.e164 })
        let released = try await client.release(owned, permit: .test)
        #expect(released.releaseFee == committed.monthlyFee)
        let ends = try #require(released.cooldownEndsAt.flatMap { try? Date($0, strategy: .iso8601) })
        #expect(ends.timeIntervalSinceNow > 23 * 3600)
        let pending = try #require(try await client.ownedNumbers(.all).first { $0.e164 == committed.e164 })
        #expect(pending.status == .pendingRelease && pending.releaseCooldownEndsAt == ends)
        #expect(client.features.canCancelRelease)

        let restored = try await client.cancelRelease(pending, permit: .test)
        #expect(restored.refunded == committed.monthlyFee)
        #expect(try await client.ownedNumbers(.all).first { $0.e164 == committed.e164 }?.status == .active)
        do {
            _ = try await client.cancelRelease(pending, permit: .test)
            Issue.record("cancelling a release no longer pending must fail")
        } catch let error as DialtoneError {
            #expect(error.httpStatus == 409 && error.providerMessage == "number is not pending release")
            #expect(error.isDefiniteRefusal, "a 409 is a refusal: nothing changed, nothing to reconcile")
        }
    }

    @Test func plivoReleasesARentedNumberAndRefusesOneItDoesNotRent() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let client = plivo(fixture)
        let target = try #require(try await client.searchInventory(InventoryQuery(country: "US", pageSize: 5)).items.first)
        _ = try await client.purchase(target, permit: .test)
        let owned = try #require(try await client.ownedNumbers(.all).first { $0.e164 == target.e164 })
        #expect(try await client.release(owned, permit: .test) == ReleaseReceipt(provider: .plivo, e164: target.e164))
        #expect(try await !client.ownedNumbers(.all).contains { $0.e164 == target.e164 })
        await #expect(throws: DialtoneError.self) { try await client.release(owned, permit: .test) }
    }

    @Test func aLostAnswerToAReleaseIsAnUnknownOutcomeNeverARetry() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let client = vobiz(fixture)
        let target = try #require(try await client.searchInventory(InventoryQuery(country: "IN", pageSize: 5)).items.first)
        _ = try await client.purchase(target, permit: .test)
        let owned = try #require(try await client.ownedNumbers(.all).first { $0.e164 == target.e164 })
        fixture.sandbox.setFaults(SandboxFaults(gatewayTimeoutAfterCommit: 1))
        do {
            _ = try await client.release(owned, permit: .test)
            Issue.record("a 504 must not read as released")
        } catch let error as DialtoneError {
            #expect(error.kind == .outcomeUnknown)
        }
        #expect(try await !client.ownedNumbers(.all).contains { $0.e164 == target.e164 }, "the sandbox did release it")
    }
}
