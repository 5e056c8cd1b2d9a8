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
