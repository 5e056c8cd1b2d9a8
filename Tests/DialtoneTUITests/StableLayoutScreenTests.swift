import DialtoneCore
import DialtoneViewModels
import Foundation
import Testing

@testable import DialtoneTUI

/// Paging through one query keeps the table's columns and the detail pane where they are, so
/// a page flip repaints the cells that changed rather than every row (≤ 3 KB a flip).
@MainActor
@Suite struct StableLayoutScreenTests {
    let size = Size(rows: 40, columns: 120)

    func render(_ model: AppModel, memory: ColumnMemory?) -> GridCanvas {
        Fixtures.render(model.snapshot, size: size, columnMemory: memory)
    }

    /// The column of the detail pane's left border on the table's heading line.
    func paneEdge(_ grid: GridCanvas) -> Int? {
        let heading = Array(grid.line(1))
        return heading.firstIndex(of: "╭")
    }

    @Test func aPageOfOtherNumbersKeepsTheHeadingAndThePane() async throws {
        let model = await SpaceUseScreenTests.model(SpaceUseScreenTests.scenarios[0], size: size)
        let memory = ColumnMemory()
        let first = render(model, memory: memory)
        await Fixtures.send([.pageDown], to: model) { $0.inventory.query.page == 2 && !$0.inventory.isLoading }
        try #require(model.snapshot.inventory.query.page == 2)
        let second = render(model, memory: memory)
        #expect(first.line(3) != second.line(3), "the second page shows other numbers")
        #expect(first.line(1) == second.line(1), "every column title stays where it was")
        #expect(paneEdge(first) != nil && paneEdge(first) == paneEdge(second))
    }

    @Test func thePaneDependsOnTheTerminalAloneNotOnTheRows() async {
        let vobiz = await SpaceUseScreenTests.model(SpaceUseScreenTests.scenarios[0], size: size)
        let plivo = await SpaceUseScreenTests.model(SpaceUseScreenTests.scenarios[1], size: size)
        let edge = paneEdge(render(vobiz, memory: nil))
        #expect(edge != nil)
        #expect(edge == paneEdge(render(plivo, memory: nil)), "places of other lengths leave the pane where it is")
    }

    @Test func theCountryColumnIsLeftOutWhenTheQueryNamesTheCountry() async {
        let everyCountry = render(await SpaceUseScreenTests.model(SpaceUseScreenTests.scenarios[0], size: size), memory: nil)
        let oneCountry = render(await SpaceUseScreenTests.model(SpaceUseScreenTests.scenarios[1], size: size), memory: nil)
        #expect(everyCountry.line(1).contains(" CC "))
        #expect(!oneCountry.line(1).contains(" CC "), "every row would say US")
        #expect(oneCountry.text.contains("SEATTLE, Washington"), "the room goes to the place")
    }
}
