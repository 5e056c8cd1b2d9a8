import DialtoneCore
import DialtoneViewModels
import Foundation
import Testing

@testable import DialtoneTUI

/// All providers (`a`) through the Canvas layer: the merged rows with their Provider column,
/// each source's state in the status bar, and buying a row with its own profile.
@MainActor
@Suite struct AllProvidersScreenTests {
    @Test func aShowsEveryProviderMergedWithAProviderColumnAndAFailingOneInTheStatusBar() async {
        let vobiz = FakeProvider()
        var plivo = FakeProvider()
        plivo.kind = .plivo
        plivo.accountID = "MA_PLIVO0001"
        plivo.searchFailure = DialtoneError(.server, provider: .plivo, httpStatus: 503)
        let journal = PurchaseJournal(path: NSTemporaryDirectory() + "dialtone-tui-\(UUID().uuidString).jsonl")
        let model = AppModel(
            sessions: [ProfileSession(name: "vobiz", provider: vobiz, isSandbox: true), ProfileSession(name: "plivo", provider: plivo, isSandbox: true)],
            journal: journal, clock: .immediate(date: Fixtures.now))
        model.start()
        await Fixtures.settle(model) { !$0.inventory.rows.isEmpty }
        #expect(KeyMap.resolve(.character("a"), in: model.snapshot) == .run(.intent(.toggleAllProviders)))
        await Fixtures.send([.toggleAllProviders], to: model) { !$0.allProviders.isLoading }
        let text = Fixtures.render(model.snapshot, size: Size(rows: 24, columns: 80)).text
        Golden.check(text, named: "all-providers-80x24")
        #expect(text.contains("Provider") && text.contains("Vobiz vobiz"))
        #expect(text.contains("Plivo failed"), "\(text)")
        let first = model.snapshot.allProviders.selected?.number.e164
        #expect(first != model.snapshot.inventory.selected?.e164 && first != nil)
        #expect(model.send(.copy) == first.map(AppEffect.copyToClipboard), "y copies the merged row")
        #expect(KeyMap.resolve(.character("b"), in: model.snapshot) == .run(.intent(.buy)))
        await Fixtures.send([.buy], to: model)
        #expect(model.snapshot.overlay == .confirm)
        #expect(model.snapshot.purchase.quote?.profile == "vobiz", "the row's own profile buys it")
        await Fixtures.send([.back, .back], to: model)
        #expect(!model.snapshot.allProviders.isActive, "Esc goes back to the profile's inventory")
    }
}
