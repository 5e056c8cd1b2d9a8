import Testing

@testable import DialtoneTUI

/// Column widths kept across frames only grow while the listing stays the same.
@Suite struct ColumnMemoryTests {
    @Test func widthsOnlyGrowWithinOneListingAndStartAgainForAnother() {
        let memory = ColumnMemory()
        #expect(memory.widest([16, 9, nil], for: "vobiz AE") == [16, 9, nil])
        #expect(memory.widest([15, 5, nil], for: "vobiz AE") == [16, 9, nil], "a page of shorter names keeps the layout")
        #expect(memory.widest([16, 12, 5], for: "vobiz AE") == [16, 12, 5], "a wider page widens it; a filled column appears")
        #expect(memory.widest([15, 5, nil], for: "vobiz IN") == [15, 5, nil], "another query starts again")
    }
}
