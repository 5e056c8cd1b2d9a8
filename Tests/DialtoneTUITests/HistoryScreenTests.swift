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

/// Routing changes in History: `route` with where the number routes now, `detach`, and a
/// change whose answer was lost and that the owned list showed did not happen.
@MainActor
@Suite struct HistoryRoutingTests {
    private static let mumbai = RouteTarget(route: NumberRoute(kind: .trunk, id: "trunk-1"), name: "Mumbai PBX")

    private func line(_ to: RouteTarget?, from: RouteTarget?, e164: String, then state: JournalEntry.State) -> [JournalEntry] {
        let number = OwnedNumber(provider: .vobiz, e164: e164, country: "IN", monthlyFee: Money(100, "INR"))
        let intent = JournalEntry(
            intentToAssign: number, from: from, to: to, profile: "work", accountID: "MA_1", endpoint: "https://api.vobiz.ai",
            time: Date(timeIntervalSince1970: 1_796_000_000))
        return [intent, intent.followed(by: state, at: intent.time)]
    }

    @Test func routingChangesShowWhereTheNumberRoutesAndNoCharge() {
        var state = HistoryState()
        let lines = line(Self.mumbai, from: nil, e164: "+919876543210", then: .done)
            + line(nil, from: Self.mumbai, e164: "+919876543211", then: .done)
            + line(Self.mumbai, from: nil, e164: "+919876543212", then: .reconciledNotAssigned)
        state.rows = JournalContents(entries: lines, unreadableLines: 0).history()
        state.selectedIndex = 0
        #expect(state.rows.map(\.outcome) == [.assigned, .assigned, .notAssigned])
        #expect(state.rows.allSatisfy { $0.chargedNow == nil && $0.monthly == nil }, "a routing change charges nothing")
        let canvas = GridCanvas(size: Size(rows: 6, columns: 100))
        HistoryScreen.table(state, glyphs: .unicode).draw(in: Rect(top: 0, left: 0, height: 5, width: 100), painter: Painter(canvas: canvas, glyphs: .unicode))
        let rows = canvas.text.split(separator: "\n").map(String.init)
        #expect(rows.count >= 4)
        #expect(rows[1].contains("route") && rows[1].contains("to Mumbai PBX"))
        #expect(rows[2].contains("detach") && rows[2].contains("detached"))
        #expect(rows[3].contains("route") && rows[3].contains("not assigned"))
    }
}
