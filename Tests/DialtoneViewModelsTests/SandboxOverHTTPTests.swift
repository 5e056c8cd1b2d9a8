import DialtoneCore
import DialtoneSandbox
import Foundation
import Logging
import Testing
@testable import DialtoneViewModels

/// The inventory and purchase paths against the sandbox over HTTP, through the real clients.
@MainActor
@Suite(.serialized)
struct SandboxOverHTTPTests {
    static func startSandbox(faults: SandboxFaults = .none) async throws -> RunningSandbox {
        let options = SandboxOptions(databasePath: ":memory:", numbers: 2_000, seed: 5, faults: faults)
        return try await SandboxServer.start(options, logger: Logger(label: "vm-test") { _ in SwiftLogNoOpLogHandler() })
    }

    static func plivo(_ sandbox: RunningSandbox) -> PlivoClient {
        PlivoClient(credentials: ProviderCredentials(
            provider: .plivo, authID: SandboxCredentials.plivoMainAuthID,
            token: Secret(SandboxCredentials.plivoMainToken), baseURL: sandbox.baseURL))
    }

    static func vobiz(_ sandbox: RunningSandbox) -> VobizClient {
        VobizClient(credentials: ProviderCredentials(
            provider: .vobiz, authID: SandboxCredentials.vobizMainAuthID,
            token: Secret(SandboxCredentials.vobizMainToken), baseURL: sandbox.baseURL))
    }

    @Test func inventoryPagesAndPrefetchesOverHTTP() async throws {
        let sandbox = try await Self.startSandbox()
        defer { Task { await sandbox.stop() } }
        let inventory = InventoryModel(provider: Self.plivo(sandbox), country: "US", pageSize: 10, clock: .immediate())
        inventory.start()
        await inventory.settle()
        #expect(inventory.state.error == nil)
        #expect(inventory.state.rows.count == 10)
        #expect(inventory.state.rows.allSatisfy { $0.country == "US" })
        let firstPage = inventory.state.rows.map(\.e164)
        inventory.pageDown()
        #expect(!inventory.state.isLoading)  // shown from the prefetched page, no wait
        #expect(inventory.state.query.page == 2)
        #expect(Set(inventory.state.rows.map(\.e164)).isDisjoint(with: firstPage))
        await inventory.settle()
    }

    @Test func localCapabilityFilterOverHTTP() async throws {
        let sandbox = try await Self.startSandbox()
        defer { Task { await sandbox.stop() } }
        let inventory = InventoryModel(provider: Self.vobiz(sandbox), pageSize: 10, clock: .immediate())
        inventory.toggleCapability(.sms)
        await inventory.settle()
        #expect(inventory.state.error == nil)
        #expect(inventory.state.filtersLocally)
        #expect(!inventory.state.rows.isEmpty && inventory.state.rows.allSatisfy { $0.capabilities?.sms == true })
    }

    @Test func confirmedPurchaseOverHTTPIsBoughtAndOwned() async throws {
        let sandbox = try await Self.startSandbox()
        defer { Task { await sandbox.stop() } }
        let journal = temporaryJournal()
        let session = ProfileSession(name: "sandbox", provider: Self.vobiz(sandbox), confirmAbove: 0, isSandbox: true)
        let app = AppModel(sessions: [session], journal: journal, clock: .immediate(), pageSize: 10)
        app.start()
        await app.settle()
        let number = try #require(app.snapshot.inventory.selected)
        app.send(.buy)
        await app.purchase.settleArming()
        app.send(.toggleFocus)
        app.send(.accept)  // not armed: the last four digits are required
        #expect(app.snapshot.purchase.phase == .confirming)
        for digit in number.digits.suffix(4) { app.send(.typeCharacter(digit)) }
        app.send(.accept)
        app.send(.accept)
        await app.settle()
        guard case .finished(.bought(let receipt, reconciled: false)) = app.snapshot.purchase.phase else {
            Issue.record("expected bought, got \(app.snapshot.purchase.phase)")
            return
        }
        #expect(receipt.e164 == number.e164)
        #expect(app.snapshot.owned.rows.contains { $0.number.e164 == number.e164 })
        #expect(try journal.read().entries.map(\.state) == [.intent, .done])
    }

    @Test func aDroppedAnswerAfterCommitIsReconciledAsBoughtOverHTTP() async throws {
        let sandbox = try await Self.startSandbox()
        defer { Task { await sandbox.stop() } }
        let journal = temporaryJournal()
        let purchase = PurchaseModel(journal: journal, clock: .immediate())
        let provider = Self.vobiz(sandbox)
        let page = try await provider.searchInventory(InventoryQuery(pageSize: 1))
        let number = try #require(page.items.first)
        sandbox.setFaults(SandboxFaults(dropAfterCommit: 1))
        purchase.begin(number, listedAt: page.fetchedAt, session: ProfileSession(name: "sandbox", provider: provider))
        await purchase.settleArming()
        purchase.toggleFocus()
        purchase.activate()
        purchase.activate()
        await purchase.settle()
        guard case .finished(.bought(_, reconciled: true)) = purchase.state.phase else {
            Issue.record("expected a reconciled purchase, got \(purchase.state.phase)")
            return
        }
        #expect(try journal.read().entries.map(\.state) == [.intent, .unknown, .reconciledBought])
    }

    @Test(arguments: [ProviderKind.vobiz, .plivo])
    func aFeeChangedAtTheProviderAfterTheQuoteSendsNothingUntilConfirmedAgain(kind: ProviderKind) async throws {
        let sandbox = try await Self.startSandbox()
        defer { Task { await sandbox.stop() } }
        let provider: any NumberProvider = kind == .vobiz ? Self.vobiz(sandbox) : Self.plivo(sandbox)
        let account = kind == .vobiz ? SandboxCredentials.vobizMainAuthID : SandboxCredentials.plivoMainAuthID
        let number = try #require(try await provider.searchInventory(InventoryQuery(country: "US", pageSize: 1)).items.first)
        let balance = try await sandbox.balance(account: account, currency: number.currency)
        let purchase = PurchaseModel(journal: temporaryJournal(), clock: .immediate())
        purchase.begin(number, listedAt: Date(), session: ProfileSession(name: "sandbox", provider: provider))
        await purchase.settleArming()

        try await sandbox.setFees(e164: number.e164, setup: 7, monthly: Decimal(string: "2.5")!)
        purchase.toggleFocus()
        purchase.activate()
        await purchase.settle()
        #expect(purchase.state.phase == .confirming)
        #expect(purchase.state.quote?.chargedNow == Money(Decimal(string: "9.5")!, number.currency))
        #expect(purchase.state.notice?.contains("price changed") == true)
        #expect(try await sandbox.balance(account: account, currency: number.currency) == balance, "nothing was charged")
        #expect(try await provider.ownedNumbers(.all).allSatisfy { $0.e164 != number.e164 })

        await purchase.settleArming()
        purchase.toggleFocus()
        purchase.activate()
        await purchase.settle()
        guard case .finished(let outcome) = purchase.state.phase, outcome.isBought else {
            Issue.record("expected bought, got \(purchase.state.phase)")
            return
        }
        #expect(try await sandbox.balance(account: account, currency: number.currency) == balance - Decimal(string: "9.5")!)
    }
}
