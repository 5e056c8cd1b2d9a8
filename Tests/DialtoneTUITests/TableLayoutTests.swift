import Testing

@testable import DialtoneTUI

@Suite struct TableLayoutTests {
    let columns = [
        TableColumn("Number", min: 16, ideal: 18),
        TableColumn("Region", min: 8, ideal: 30, dropOrder: 3),
        TableColumn("Type", min: 6, ideal: 9, dropOrder: 2),
        TableColumn("Monthly", min: 12, ideal: 13, alignRight: true),
    ]

    @Test func wideTerminalsGiveEveryColumnItsIdealAndTheRestToTheLast() {
        let widths = TableLayout.fit(columns, width: 100)
        #expect(widths == [18, 30, 9, 40])
    }

    @Test func narrowTerminalsDropTheHighestDropOrderFirst() {
        #expect(TableLayout.fit(columns, width: 40) == [18, nil, 7, 13])
        #expect(TableLayout.fit(columns, width: 30) == [17, nil, nil, 12])
    }

    @Test func widthsNeverExceedTheSpace() {
        for width in 29...160 {
            let widths = TableLayout.fit(columns, width: width).compactMap { $0 }
            #expect(widths.reduce(0, +) + widths.count - 1 <= width)
        }
    }

    @Test func windowKeepsTheSelectionVisible() {
        #expect(TableView.firstVisibleRow(selected: 0, height: 10) == 0)
        #expect(TableView.firstVisibleRow(selected: 9, height: 10) == 0)
        #expect(TableView.firstVisibleRow(selected: 10, height: 10) == 10)
        #expect(TableView.firstVisibleRow(selected: nil, height: 10) == 0)
    }
}

/// Columns take the width of what they hold; a column nobody fills is left out; a column that
/// grows reads whole when there is room.
@Suite struct ContentFittedColumnTests {
    let columns = [
        TableColumn("Number", min: 16, ideal: 18),
        TableColumn("Region", min: 8, ideal: 28, dropOrder: 3, grows: true),
        TableColumn("Type", min: 5, ideal: 9, dropOrder: 2, hidesWhenEmpty: true),
        TableColumn("Status", min: 6, ideal: 16, dropOrder: 1),
    ]

    @Test func columnsShrinkToTheirContentAndTheRestStaysAtTheRight() {
        let rows = [["+1 415 555 0100", "San Francisco, CA", "local", "active"]]
        #expect(TableLayout.fit(columns, rows: rows, absent: "—", width: 80) == [15, 17, 5, 6])
    }

    @Test func aNarrowTableCutsTheGrowingColumnBeforeDroppingOthers() {
        let rows = [["+1 415 555 0100", "San Francisco, California", "local", "active"]]
        #expect(TableLayout.fit(columns, rows: rows, absent: "—", width: 40) == [15, 11, 5, 6])
    }

    @Test func aColumnNoRowFillsIsLeftOut() {
        let rows = [["+91 80 4567 8901", "Abu Dhabi, Abu Dhabi", "—", "active"], ["+91 80 4567 8902", "Dubai", "", "pending"]]
        let widths = TableLayout.fit(columns, rows: rows, absent: "—", width: 60)
        #expect(widths[2] == nil)
        #expect(widths[1]! >= "Abu Dhabi, Abu Dhabi".count, "the place reads whole")
        #expect(widths[3] == 7)
    }

    @Test func anEmptyTableKeepsItsHeadingsButThoseThatMayBeLeftOut() {
        let widths = TableLayout.fit(columns, rows: [], absent: "—", width: 80)
        #expect(widths.map { $0 != nil } == [true, true, false, true])
    }

    @Test func fittedWidthsNeverExceedTheSpace() {
        let rows = [["+1 415 555 0100 999", "a very long region name that goes on, and on", "toll-free", "pending release"]]
        for width in 30...160 {
            let widths = TableLayout.fit(columns, rows: rows, absent: "—", width: width).compactMap { $0 }
            #expect(widths.reduce(0, +) + widths.count - 1 <= width)
        }
    }
}

/// A column that keeps its ideal is laid out for its usual widest value, whatever a page holds.
@Suite struct ReservedColumnTests {
    let columns = [
        TableColumn("Number", min: 16, ideal: 17, keepsIdeal: true),
        TableColumn("Type", min: 5, ideal: 9, dropOrder: 2, keepsIdeal: true),
        TableColumn("Location", min: 8, ideal: 28, dropOrder: 3, grows: true),
    ]

    @Test func shorterValuesStillGetTheReservedWidth() {
        let rows = [["+1 415 555 0100", "local", "Austin"]]
        #expect(TableLayout.fit(columns, rows: rows, absent: "—", width: 80) == [17, 9, 8])
    }

    @Test func aLongerValueWidensTheColumnAndIsNeverCut() {
        let rows = [["+44 20 7946 0958 12", "toll-free", "London"]]
        #expect(TableLayout.fit(columns, rows: rows, absent: "—", width: 80) == [19, 9, 8])
        #expect(TableLayout.fit(columns, rows: rows, absent: "—", width: 30) == [19, 10, nil], "the place goes before a number is cut")
    }
}
