@testable import DialtoneCore
import DialtoneSandbox
import Foundation
import Testing

/// Every core client against the sandbox over real HTTP: two independent readings of the
/// provider documents (the clients' decoders, the sandbox's encoders) must agree.
@Suite struct ClientContractTests {
    private static let transport = HTTPTransport(policy: RetryPolicy(maxAttempts: 2), requestTimeout: .seconds(10), sleep: { _ in })

    private func credentials(_ provider: ProviderKind, _ fixture: SandboxFixture, sub: Bool = false) -> ProviderCredentials {
        let base = fixture.sandbox.baseURL
        switch provider {
        case .vobiz:
            return ProviderCredentials(provider: .vobiz, authID: sub ? SandboxCredentials.vobizSubAuthID : SandboxCredentials.vobizMainAuthID,
                                       token: Secret(sub ? SandboxCredentials.vobizSubToken : SandboxCredentials.vobizMainToken), baseURL: base)
        case .plivo:
            return ProviderCredentials(provider: .plivo, authID: sub ? SandboxCredentials.plivoSubAuthID : SandboxCredentials.plivoMainAuthID,
                                       token: Secret(sub ? SandboxCredentials.plivoSubToken : SandboxCredentials.plivoMainToken), baseURL: base)
        case .agni:
            return ProviderCredentials(provider: .agni, authID: "agni", token: Secret(SandboxCredentials.agniAPIKey), baseURL: base)
        }
    }

    @Test func vobizSearchPagesAndFiltersBySubstring() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let client = VobizClient(credentials: credentials(.vobiz, fixture), transport: Self.transport)
        let first = try await client.searchInventory(InventoryQuery(country: "IN", pageSize: 10))
        #expect(first.items.count == 10 && (first.total ?? 0) > 10 && first.hasMore)
        #expect(first.items.allSatisfy { $0.country == "IN" && $0.provider == .vobiz && $0.status == .active })
        let second = try await client.searchInventory(InventoryQuery(country: "IN", pageSize: 10).onPage(2))
        #expect(Set(first.items.map(\.e164)).isDisjoint(with: second.items.map(\.e164)))
        let digits = String(first.items[0].digits.dropFirst(3).prefix(4))
        let found = try await client.searchInventory(InventoryQuery(search: digits, pageSize: 100))
        #expect(!found.items.isEmpty && found.items.allSatisfy { $0.digits.contains(digits) })
    }

    @Test func vobizBuyDebitsAndTheNumberTurnsUpOwned() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let client = VobizClient(credentials: credentials(.vobiz, fixture), transport: Self.transport)
        let target = try #require(try await client.searchInventory(InventoryQuery(country: "IN", pageSize: 5)).items.first)
        let before = try await client.account(currency: target.currency)
        let receipt = try await client.purchase(target, permit: .test)
        #expect(receipt.e164 == target.e164 && receipt.provider == .vobiz)
        let after = try await client.account(currency: target.currency)
        #expect(after.balance?.amount == (before.balance?.amount ?? 0) - (target.chargedNow?.amount ?? -1))
        #expect(try await client.ownedNumbers(.all).contains { $0.e164 == target.e164 })
        do {
            _ = try await client.purchase(target, permit: .test)
            Issue.record("a sold number was sold again")
        } catch let error as DialtoneError {
            #expect(error.kind == .notFound)
        }
        #expect(try await fixture.sandbox.ledgerIsConsistent())
    }

    @Test func vobizSubAccountPurchaseBillsTheParent() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let sub = VobizClient(credentials: credentials(.vobiz, fixture, sub: true), transport: Self.transport)
        let target = try #require(try await sub.searchInventory(InventoryQuery(country: "IN", pageSize: 5)).items.first)
        let currency = target.currency
        let parentBefore = try await fixture.sandbox.balance(account: SandboxCredentials.vobizMainAuthID, currency: currency)
        _ = try await sub.purchase(target, permit: .test)
        let parentAfter = try await fixture.sandbox.balance(account: SandboxCredentials.vobizMainAuthID, currency: currency)
        #expect(parentAfter == parentBefore - (target.chargedNow?.amount ?? -1))
    }

    @Test func plivoSearchBuyAndRentedList() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let client = PlivoClient(credentials: credentials(.plivo, fixture), transport: Self.transport)
        let page = try await client.searchInventory(InventoryQuery(country: "US", pageSize: 25))
        #expect(page.items.count == 25 || !page.hasMore)
        #expect(!page.items.isEmpty && page.items.allSatisfy { $0.e164.hasPrefix("+1") && $0.currency == "USD" })
        let prefix = String(try #require(page.items.first).digits.dropFirst().prefix(3))
        let byPattern = try await client.searchInventory(InventoryQuery(country: "US", search: prefix, pageSize: 20))
        #expect(!byPattern.items.isEmpty && byPattern.items.allSatisfy { $0.digits.hasPrefix("1" + prefix) })
        let target = try #require(byPattern.items.first { !$0.requirements.needsDocuments })
        let before = try await client.account(currency: nil)
        let receipt = try await client.purchase(target, permit: .test)
        #expect(receipt.e164 == target.e164 && receipt.status == .active)
        let after = try await client.account(currency: nil)
        #expect(after.balance?.amount == (before.balance?.amount ?? 0) - (target.chargedNow?.amount ?? -1))
        #expect(try await client.ownedNumbers(.all).contains { $0.e164 == target.e164 && $0.country == "US" })
    }

    @Test func plivoSubAccountCannotBuy() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let sub = PlivoClient(credentials: credentials(.plivo, fixture, sub: true), transport: Self.transport)
        let target = try #require(try await sub.searchInventory(InventoryQuery(country: "US", pageSize: 5)).items.first)
        do {
            _ = try await sub.purchase(target, permit: .test)
            Issue.record("a sub-account bought a number")
        } catch let error as DialtoneError {
            #expect(error.kind == .needsMainAccount)
        }
    }

    @Test func agniListsPurchasedNumbersWithFilters() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let client = AgniClient(credentials: credentials(.agni, fixture), transport: Self.transport)
        let all = try await client.ownedNumbers(.all)
        #expect(!all.isEmpty && all.allSatisfy { $0.provider == .agni && $0.e164.hasPrefix("+") })
        let active = try await client.ownedNumbers(OwnedQuery(activeOnly: true))
        #expect(!active.isEmpty && active.allSatisfy { $0.status == .active } && active.count <= all.count)
    }

    @Test func wrongCredentialsAreUnauthorizedForEveryProvider() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let base = fixture.sandbox.baseURL
        let clients: [any NumberProvider] = [
            VobizClient(credentials: ProviderCredentials(provider: .vobiz, authID: SandboxCredentials.vobizMainAuthID, token: Secret("wrong-token-1"), baseURL: base), transport: Self.transport),
            PlivoClient(credentials: ProviderCredentials(provider: .plivo, authID: SandboxCredentials.plivoMainAuthID, token: Secret("wrong-token-2"), baseURL: base), transport: Self.transport),
            AgniClient(credentials: ProviderCredentials(provider: .agni, authID: "agni", token: Secret("wrong-token-3"), baseURL: base), transport: Self.transport),
        ]
        for client in clients {
            do {
                _ = try await client.ownedNumbers(.all)
                Issue.record("\(client.kind) accepted a wrong token")
            } catch let error as DialtoneError {
                #expect(error.kind == .unauthorized, "\(client.kind): \(error)")
            }
        }
    }

    @Test func rateLimitBurstIsRetriedWithRetryAfter() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        fixture.sandbox.setFaults(SandboxFaults(rateLimitBurst: 1, retryAfterSeconds: 1))
        let client = VobizClient(credentials: credentials(.vobiz, fixture), transport: Self.transport)
        let page = try await client.searchInventory(InventoryQuery(pageSize: 5))
        #expect(page.items.count == 5)
    }

    @Test func droppedPurchaseAnswerIsAnUnknownOutcome() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let client = VobizClient(credentials: credentials(.vobiz, fixture), transport: Self.transport)
        let target = try #require(try await client.searchInventory(InventoryQuery(country: "IN", pageSize: 1)).items.first)
        fixture.sandbox.setFaults(SandboxFaults(dropAfterCommit: 1))
        do {
            _ = try await client.purchase(target, permit: .test)
            Issue.record("expected no answer")
        } catch let error as DialtoneError {
            #expect(error.kind == .outcomeUnknown)
        }
        #expect(try await client.ownedNumbers(.all).contains { $0.e164 == target.e164 })
    }
}
