import DialtoneCore
import DialtoneViewModels
import Foundation
import Testing

@testable import DialtoneTUI

/// Marks and the combined quote through the Canvas layer: the marked rows and the status bar's
/// count and charge, the quote asking for the count, and every outcome listed afterwards.
@MainActor
@Suite struct BatchDialogScreenTests {
    @Test func spaceMarksRowsAndBWithMarksOpensOneCombinedQuote() async {
        let model = await Fixtures.loadedModel()
        #expect(KeyMap.resolve(.character(" "), in: model.snapshot) == .run(.intent(.toggleMark)))
        let unmarked = Fixtures.render(model.snapshot, size: Size(rows: 24, columns: 80)).text
        await Fixtures.send([.toggleMark, .toggleMark, .toggleMark], to: model)
        let marked = Fixtures.render(model.snapshot, size: Size(rows: 24, columns: 80))
        let rows = marked.text.split(separator: "\n").map(String.init)
        #expect(rows.filter { $0.dropFirst().hasPrefix("✓+") }.count == 3, "three rows are marked, beside the pointer:\n\(marked.text)")
        // Marks never move a column: every line reads as it did unmarked once its gutter is left out.
        let table = { (text: String) in text.split(separator: "\n").prefix(20).map { String($0.dropFirst(2)) } }
        #expect(table(marked.text) == table(unmarked), "marked:\n\(marked.text)\nunmarked:\n\(unmarked)")
        #expect(marked.text.contains("3 marked · "))
        await Fixtures.send([.buy, .typeCharacter("3")], to: model) { $0.batch.gate.armingTenths == 0 && $0.batch.quote?.isCheckingAccounts == false }
        #expect(model.snapshot.overlay == .batchConfirm)
        Golden.check(Fixtures.render(model.snapshot, size: Size(rows: 24, columns: 80)).text, named: "batch-quote-80x24")
        model.send(.back)
        #expect(model.snapshot.overlay == nil, "Esc cancels")
        #expect(model.snapshot.inventory.marks.count == 3, "cancelling keeps the marks")
        model.send(.back)
        #expect(model.snapshot.inventory.marks.isEmpty, "Esc on the screen clears them")
    }

    @Test func theResultListsEveryOutcome() async {
        let model = await Fixtures.loadedModel()
        await Fixtures.send([.toggleMark, .toggleMark, .buy, .typeCharacter("2"), .toggleFocus], to: model) { $0.batch.isBuyArmed }
        await Fixtures.send([.accept], to: model) { $0.batch.phase == .finished }
        let text = Fixtures.render(model.snapshot, size: Size(rows: 24, columns: 80)).text
        #expect(text.contains("Bought 2 of 2"), "\(text)")
        #expect(text.split(separator: "\n").filter { $0.contains("│ #") && $0.contains(" · bought") }.count == 2, "\(text)")
        #expect(model.snapshot.inventory.marks.isEmpty, "bought numbers are unmarked")
    }
}
