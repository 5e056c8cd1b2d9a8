import DialtoneCore
import DialtoneSandbox
import Foundation
import Testing
@testable import DialtoneViewModels

/// Buying and routing in one step, over HTTP against the sandbox: the purchase dialog's "Route
/// to" (`r`) sends Plivo's `app_id` with the purchase, and follows a Vobiz bought answer with
/// the number's own journalled routing change. Choosing a route is a new confirmation.
@MainActor
@Suite(.serialized)
struct BuyAndRouteTests {
    private func client(_ kind: ProviderKind, _ sandbox: RunningSandbox) -> any NumberProvider {
        kind == .vobiz ? SandboxOverHTTPTests.vobiz(sandbox) : SandboxOverHTTPTests.plivo(sandbox)
    }

    /// Opens the dialog on the first US number, chooses the account's first target with `r`,
    /// buys, and returns the outcome, the target chosen, the journal and the provider.
    private func buyRouted(_ kind: ProviderKind) async throws -> (PurchaseState, RouteTarget, [JournalEntry], any NumberProvider) {
        let sandbox = try await SandboxOverHTTPTests.startSandbox()
        defer { Task { await sandbox.stop() } }
        let provider = client(kind, sandbox)
        let journal = temporaryJournal()
        let purchase = PurchaseModel(journal: journal, clock: .immediate())
        let number = try #require(try await provider.searchInventory(InventoryQuery(country: "US", pageSize: 1)).items.first)
        purchase.begin(number, listedAt: Date(), session: ProfileSession(name: "sandbox", provider: provider))
        await purchase.settle()
        #expect(purchase.state.route.selected == nil, "nowhere until chosen")
        let shown = purchase.confirmationsShown
        purchase.cycleRoute()
        let target = try #require(purchase.state.route.selected)
        #expect(purchase.confirmationsShown == shown + 1, "a new confirmation: keys typed before it are dropped")
        #expect(purchase.state.gate.focus == .cancel)
        await purchase.settleArming()
        purchase.toggleFocus()
        purchase.activate()
        await purchase.settle()
        let owned = try await provider.ownedNumberList(.all).numbers.first { $0.e164 == number.e164 }
        #expect(owned?.route == target.route, "the owned list shows the number routed as chosen: \(String(describing: owned))")
        return (purchase.state, target, try journal.read().entries, provider)
    }

    @Test func aVobizPurchaseIsFollowedByItsOwnJournalledRoutingChange() async throws {
        let (state, target, lines, _) = try await buyRouted(.vobiz)
        #expect(target.route.kind == .trunk)
        guard case .finished(.bought(_, reconciled: false)) = state.phase else { Issue.record("\(state.phase)"); return }
        #expect(state.routing?.isAssigned == true)
        #expect(lines.map(\.kind) == [.purchase, .purchase, .assign, .assign])
        #expect(lines.map(\.state) == [.intent, .done, .intent, .done])
        #expect(lines[2].routeTo == target && lines[2].routeFrom == nil)
    }

    @Test func aPlivoPurchaseCarriesTheApplicationInTheOneRequest() async throws {
        let (state, target, lines, _) = try await buyRouted(.plivo)
        #expect(target.route.kind == .application)
        guard case .finished(.bought(_, reconciled: false)) = state.phase else { Issue.record("\(state.phase)"); return }
        #expect(state.routing == nil, "no second request")
        #expect(lines.map(\.kind) == [.purchase, .purchase])
    }

    @Test func aRoutingFailureAfterAVobizPurchaseLeavesThePurchaseBought() async throws {
        let sandbox = try await SandboxOverHTTPTests.startSandbox()
        defer { Task { await sandbox.stop() } }
        let provider = client(.vobiz, sandbox)
        let purchase = PurchaseModel(journal: temporaryJournal(), clock: .immediate())
        let number = try #require(try await provider.searchInventory(InventoryQuery(country: "US", pageSize: 1)).items.first)
        purchase.begin(number, listedAt: Date(), session: ProfileSession(name: "sandbox", provider: provider))
        await purchase.settle()
        // A trunk the account does not have: the sandbox refuses the change with a 404.
        purchase.state.route.options = [RouteTarget(route: NumberRoute(kind: .trunk, id: "no-such-trunk"), name: "Gone")]
        purchase.cycleRoute()
        await purchase.settleArming()
        purchase.toggleFocus()
        purchase.activate()
        await purchase.settle()
        guard case .finished(.bought) = purchase.state.phase else { Issue.record("\(purchase.state.phase)"); return }
        guard case .failed = purchase.state.routing else { Issue.record("\(String(describing: purchase.state.routing))"); return }
        let owned = try await provider.ownedNumberList(.all).numbers.first { $0.e164 == number.e164 }
        #expect(owned != nil && owned?.routesNowhere == true)
    }
}
