import Testing

@testable import DialtoneTUI

/// What a row repaint sends: rows end where their columns do, and the blank between two cells
/// of one role is in that role, so a move costs as few changes of colour as it can.
@Suite struct TableDrawingTests {
    let columns = [
        TableColumn("Number", min: 6, ideal: 6),
        TableColumn("Setup", min: 4, ideal: 4, alignRight: true),
        TableColumn("Monthly", min: 4, ideal: 4, alignRight: true),
        TableColumn("Place", min: 5, ideal: 5, grows: true),
    ]

    func draw(selected: Int) -> GridCanvas {
        let canvas = GridCanvas(size: Size(rows: 4, columns: 40))
        let table = TableView(columns: columns, rowCount: 2, selectedIndex: selected, emptyMessage: "") { _ in
            [TableCell("+1 555"), TableCell("1.00", role: .fee), TableCell("2.00", role: .fee), TableCell("Paris")]
        }
        table.draw(in: Rect(top: 0, left: 0, height: 3, width: 40), painter: Painter(canvas: canvas, glyphs: .unicode))
        return canvas
    }

    @Test func theBlankBetweenTwoFeesIsAFee() {
        let grid = draw(selected: 0)
        // Row 2 is not selected: gutter 2, number 0–7, blank 8, setup 9–12, blank 13, monthly 14–17, blank 18, place 19–23.
        #expect(grid.line(2).hasPrefix("  +1 555 1.00 2.00 Paris"))
        #expect(grid.role(row: 2, column: 13) == .fee, "one run of the fee colour")
        #expect(grid.role(row: 2, column: 8) == .rowAlt, "the blank before a fee keeps the row's role")
        #expect(grid.role(row: 2, column: 18) == .rowAlt, "and so does the blank after one")
    }

    @Test func theSelectionEndsWhereTheColumnsDo() {
        let grid = draw(selected: 0)
        #expect(grid.role(row: 1, column: 23) == .selected)
        #expect(grid.role(row: 1, column: 24) != .selected, "blank cells past the last column are not sent with each move")
        #expect(grid.role(row: 1, column: 39) != .selected)
    }
}
