import Testing

@testable import DialtoneTUI

@Suite struct TextWidthTests {
    @Test func measuresWideCombiningAndEmoji() {
        #expect("abc".displayWidth == 3)
        #expect("東京".displayWidth == 4)
        #expect("e\u{301}".displayWidth == 1)
        #expect("☎".displayWidth == 1)
        #expect("📞".displayWidth == 2)
        #expect("São Paulo".displayWidth == 9)
    }

    @Test func truncatesByDisplayWidthWithEllipsis() {
        #expect("San Francisco".truncated(toWidth: 8) == "San Fra…")
        #expect("San Francisco".truncated(toWidth: 8, ellipsis: "~") == "San Fra~")
        #expect("short".truncated(toWidth: 8) == "short")
        #expect("東京都千代田区".truncated(toWidth: 6) == "東京…")
        #expect("東京都千代田区".truncated(toWidth: 6).displayWidth == 5)
        #expect("abc".truncated(toWidth: 0) == "")
    }

    @Test func fitsExactlyPaddingLeftOrRight() {
        #expect("USD 1.00".fitted(toWidth: 10, alignRight: true) == "  USD 1.00")
        #expect("東京".fitted(toWidth: 5) == "東京 ")
    }

    @Test func foldsToASCII() {
        #expect("São Paulo — 東京…".asciiFolded == "Sao Paulo - ??...")
        #expect("Tōkyō".asciiFolded == "Tokyo")
    }

    @Test func gridKeepsWideGlyphsWhole() {
        let grid = GridCanvas(size: Size(rows: 1, columns: 4))
        #expect(grid.draw("a東京", row: 0, column: 0, role: .row) == 3)
        #expect(grid.line(0) == "a東 ")
        #expect(grid.cells[0][2].width == 0)
    }
}
