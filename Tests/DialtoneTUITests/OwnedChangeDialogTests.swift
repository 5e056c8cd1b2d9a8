import DialtoneCore
import DialtoneViewModels
import Foundation
import Testing

@testable import DialtoneTUI

/// The marked owned numbers released on one confirmation, through the Canvas layer: `x` with
/// marks opens the combined dialog (counted as a confirmation shown, so type-ahead is dropped),
/// the count arms it, and the result lists every number's outcome. `x` without marks is the
/// single release dialog, as before.
@MainActor
@Suite struct OwnedChangeDialogTests {
    let size = Size(rows: 24, columns: 80)

    private func owned() async -> AppModel {
        var provider = FakeProvider()
        provider.features.canRelease = true
        provider.trunks = OwnedRoutingScreenTests.trunks
        let model = await Fixtures.loadedModel(provider: provider)
        await Fixtures.send([.showScreen(.owned)], to: model) { $0.owned.routes.targets(of: "sandbox") != nil }
        return model
    }

    @Test func xWithMarksOpensOneConfirmationForEveryMarkedNumber() async throws {
        let model = await owned()
        // Rows 2 and 4 (+91 80400 00182, +91 80400 00364 is pending release; 00273 is active).
        Fixtures.press([.down, .down, .character(" "), .character(" ")], on: model)
        #expect(model.snapshot.owned.marks.count == 2)
        let shown = model.snapshot.confirmationsShown
        #expect(KeyMap.resolve(.character("x"), in: model.snapshot) == .run(.intent(.release)))
        Fixtures.press([.character("x")], on: model)
        #expect(model.snapshot.overlay == .ownedChangeConfirm)
        #expect(model.snapshot.confirmationsShown == shown + 1, "the render loop drops keys typed before it")
        Fixtures.press([.character("2")], on: model)
        await Fixtures.settle(model) { $0.ownedChange.gate.armingTenths == 0 }
        let grid = Fixtures.render(model.snapshot, size: size)
        #expect(grid.text.contains("Release these 2 numbers?"))
        #expect(grid.text.contains("INR 150.00 + USD 2.00 stop"), "the monthly fees that stop, per currency:\n\(grid.text)")
        #expect(grid.text.contains("[2] (2) to arm Release"))
        let cancelRow = try #require(grid.text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("[ Cancel ]") })
        let column = try #require(Array(grid.line(cancelRow)).firstIndex(of: "["))
        #expect(grid.role(row: cancelRow, column: column) == .buttonFocused, "focus starts on Cancel")
        Golden.check(grid.text, named: "owned-release-marked-80x24")
        model.send(.back)
        #expect(model.snapshot.overlay == nil && model.snapshot.owned.marks.count == 2, "Esc cancels and keeps the marks")
    }

    @Test func theResultListsEachNumbersOutcomeAndUnmarksTheReleased() async {
        let model = await owned()
        Fixtures.press([.character(" "), .character(" "), .character("x")], on: model)
        await Fixtures.send([.typeCharacter("2"), .toggleFocus], to: model) { $0.ownedChange.isArmed }
        await Fixtures.send([.accept], to: model) { $0.ownedChange.phase == .finished && !$0.owned.isLoading }
        let text = Fixtures.render(model.snapshot, size: size).text
        #expect(text.contains("Released 0 of 2"), "the fake provider documents no release:\n\(text)")
        #expect(text.split(separator: "\n").filter { $0.contains("│ #") && $0.contains("not released") }.count == 2, "\(text)")
        #expect(model.snapshot.owned.marks.count == 2, "numbers not released stay marked")
        model.send(.accept)
        #expect(model.snapshot.overlay == nil)
    }

    @Test func xWithoutMarksIsTheSingleReleaseDialog() async {
        let model = await owned()
        Fixtures.press([.character("x")], on: model)
        #expect(model.snapshot.overlay == .releaseConfirm)
    }
}
