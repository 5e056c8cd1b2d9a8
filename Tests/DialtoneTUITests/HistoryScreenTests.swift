import DialtoneCore
import DialtoneViewModels
import Foundation
import Testing

@testable import DialtoneTUI

/// The History screen (`3`) through the Canvas layer: the journal's purchases, newest first,
/// and this month's spend.
@MainActor
@Suite struct HistoryScreenTests {
    @Test func aPurchaseShowsUpInHistoryWithItsChargeOutcomeAndTheMonthsSpend() async {
        let model = await Fixtures.loadedModel()
        await Fixtures.send([.showScreen(.history)], to: model)
        #expect(model.snapshot.screen == .history)
        let empty = Fixtures.render(model.snapshot, size: Size(rows: 24, columns: 80)).text
        #expect(empty.contains("no purchases or releases yet") && empty.contains("Spent this month  none"))
        #expect(empty.contains("3 History"))

        await Fixtures.send([.showScreen(.inventory), .buy, .toggleFocus], to: model)
        await Fixtures.send([.accept], to: model) { snapshot in
            if case .finished = snapshot.purchase.phase { return true }
            return false
        }
        await Fixtures.send([.accept, .showScreen(.history)], to: model)
        let rows = model.snapshot.history.rows
        #expect(rows.count == 1 && rows.first?.outcome == .bought && rows.first?.kind == .purchase)
        let charged = try? #require(rows.first?.chargedNow)
        let text = Fixtures.render(model.snapshot, size: Size(rows: 24, columns: 80)).text
        #expect(text.contains("purchase") && text.contains("bought"))
        #expect(charged.map { text.contains($0.formatted()) } == true, "charged now is shown")
        #expect(charged.map { text.contains("Spent this month  \($0.formatted())") } == true)
        #expect(text.contains("1 entry") && !text.contains("1 entries"))
        #expect(model.send(.copy) == .copyToClipboard(rows[0].e164))
    }

    @Test func historyOpensNoPickerAndNeverBuys() async {
        let model = await Fixtures.loadedModel()
        await Fixtures.send([.showScreen(.history), .openCountryPicker, .buy, .openSearch], to: model)
        #expect(model.snapshot.overlays.isEmpty)
        #expect(model.snapshot.purchase.phase == .idle)
    }
}
