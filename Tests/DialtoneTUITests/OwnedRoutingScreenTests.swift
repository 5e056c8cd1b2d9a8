import DialtoneCore
import DialtoneViewModels
import Foundation
import Testing

@testable import DialtoneTUI

/// Owned through the Canvas layer: where each number routes (by name), marks in the gutter, and
/// the "route nowhere" filter's count and monthly cost in the status bar.
@MainActor
@Suite struct OwnedRoutingScreenTests {
    static let trunks = [RouteTarget(route: NumberRoute(kind: .trunk, id: "tg-1001"), name: "Mumbai PBX")]
    let size = Size(rows: 24, columns: 80)

    /// Owned shown, its route list read: every fourth number on Mumbai PBX, the next on a trunk
    /// the list does not name, the others nowhere.
    private func owned() async -> AppModel {
        var provider = FakeProvider()
        provider.trunks = Self.trunks
        provider.features.canRelease = true
        let model = await Fixtures.loadedModel(provider: provider)
        await Fixtures.send([.showScreen(.owned)], to: model) { $0.owned.routes.targets(of: "sandbox") != nil }
        return model
    }

    private func lines(_ grid: GridCanvas) -> [String] { grid.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    @Test func routesToNamesTheTrunkShowsAnUnlistedIdAndADashForNowhere() async {
        let model = await owned()
        for columns in [80, 200] {
            let rows = lines(Fixtures.render(model.snapshot, size: Size(rows: 24, columns: columns)))
            #expect(rows[1].contains("Routes to"), "the column fits at \(columns) columns:\n\(rows.joined(separator: "\n"))")
            let number = { (digits: String) in rows.first { $0.filter(\.isNumber).contains(digits) } ?? "" }
            #expect(number("918040000000").contains("Mumbai PBX"))
            #expect(number("918040000091").contains("tg-0999"), "a trunk the list does not name shows its id")
            #expect(number("918040000182").contains(" — "), "routes nowhere")
        }
    }

    @Test func marksSitInTheGutterAndNeverMoveAColumn() async {
        let model = await owned()
        let unmarked = Fixtures.render(model.snapshot, size: size).text
        Fixtures.press([.character(" "), .down, .character(" ")], on: model)
        let grid = Fixtures.render(model.snapshot, size: size)
        let rows = lines(grid)
        #expect(rows.filter { $0.dropFirst().hasPrefix("✓+") }.count == 2, "two rows marked beside the pointer:\n\(grid.text)")
        let table = { (text: String) in text.split(separator: "\n").prefix(14).map { String($0.dropFirst(2)) } }
        #expect(table(grid.text) == table(unmarked), "marked:\n\(grid.text)\nunmarked:\n\(unmarked)")
        #expect(rows[22].contains("2 marked"), "the status bar counts them:\n\(rows[22])")
        Golden.check(grid.text, named: "owned-marked-routes-80x24")
        let ascii = Fixtures.render(model.snapshot, size: size, glyphs: .ascii).text
        #expect(ascii.split(separator: "\n").filter { $0.dropFirst().hasPrefix("*+") }.count == 2, "ASCII marks with *:\n\(ascii)")

        Fixtures.press([.character("*")], on: model)
        #expect(model.snapshot.owned.marks.count == 12, "* marks every number shown")
        Fixtures.press([.character("*")], on: model)
        #expect(model.snapshot.owned.marks.isEmpty, "* again unmarks them")
        Fixtures.press([.character(" "), .escape], on: model)
        #expect(model.snapshot.owned.marks.isEmpty, "Esc clears the marks")
    }

    @Test func routeNowhereCountsTheNumbersAndTheirMonthlyCostInTheStatusBar() async {
        let model = await owned()
        Fixtures.press([.character("t")], on: model)
        #expect(model.snapshot.picker?.items.map(\.label).contains("route nowhere") == true)
        Fixtures.press(Array("route").map(Key.character) + [.enter], on: model)
        #expect(model.snapshot.owned.filter.status == .routesNowhere)
        let rows = lines(Fixtures.render(model.snapshot, size: Size(rows: 24, columns: 120)))
        // 12 numbers, half of them routed: 6 left, every other one in INR (150) or USD (2).
        #expect(rows[22].contains("6 route nowhere · INR 450.00 + USD 6.00 a month"), "\(rows[22])")
        #expect(rows[22].contains("route nowhere ") && !rows.joined().contains("Mumbai PBX"))
    }
}
