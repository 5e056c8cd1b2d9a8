import DialtoneCore
import DialtoneViewModels
import Foundation
import Testing

@testable import DialtoneTUI

/// The release dialog through the Canvas layer, and its key on the Owned screen.
@MainActor
@Suite struct ReleaseDialogTests {
    private func releasing() -> FakeProvider {
        var provider = FakeProvider()
        provider.features.canRelease = true
        return provider
    }

    @Test func xOnOwnedOpensTheDialogSayingWhatStopsAndAskingForTheDigits() async {
        let model = await Fixtures.loadedModel(provider: releasing())
        await Fixtures.send([.showScreen(.owned)], to: model)
        #expect(KeyMap.resolve(.character("x"), in: model.snapshot) == .run(.intent(.release)))
        #expect(KeyMap.resolve(.delete, in: model.snapshot) == .run(.intent(.release)))
        await Fixtures.send([.release, .typeCharacter("1")], to: model)
        #expect(model.snapshot.overlay == .releaseConfirm)
        let grid = Fixtures.render(model.snapshot, size: Size(rows: 24, columns: 80))
        #expect(grid.text.contains("Release this number?"))
        #expect(grid.text.contains("calls and messages to this number"))
        #expect(grid.text.contains("cannot be undone; the number may go to someone else"))
        #expect(grid.text.contains("Release fee"))
        #expect(grid.text.contains("[1___] to arm Release"))
        #expect(grid.text.contains("[ Cancel ]") && grid.text.contains("[ Release"))
        let cancelRow = grid.text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("[ Cancel ]") }!
        let column = Array(grid.line(cancelRow)).firstIndex(of: "[")!
        #expect(grid.role(row: cancelRow, column: column) == .buttonFocused, "focus starts on Cancel")
        model.send(.back)
        #expect(model.snapshot.overlay == nil, "Esc cancels")
    }

    @Test func theKeyIsDisabledWithTheReasonWhereTheProviderCannotRelease() async {
        let model = await Fixtures.loadedModel()
        await Fixtures.send([.showScreen(.owned)], to: model)
        #expect(KeyMap.resolve(.character("x"), in: model.snapshot) == .disabled("Vobiz documents no way to release a number"))
        var onInventory = model.snapshot
        onInventory.screen = .inventory
        #expect(KeyMap.resolve(.character("x"), in: onInventory) == .unbound, "Owned only")
    }
}
