import DialtoneCore
import Testing

@testable import DialtoneTUI

/// Whatever a screen is given to draw, only visible text reaches the canvas, fitted by the
/// width of what is drawn.
@Suite struct PainterSafetyTests {
    static let hostile = "Ka\u{1B}[2Jrna\u{1B}]52;c;cHduZWQ=\u{07}taka\r\u{8}\u{202E}gnol"

    @Test(arguments: [GlyphSet.unicode, .ascii])
    func hostileTextIsDrawnAsText(glyphs: GlyphSet) {
        let canvas = GridCanvas(size: Size(rows: 1, columns: 40))
        let painter = Painter(canvas: canvas, glyphs: glyphs)
        let used = painter.text(Self.hostile, row: 0, column: 0, role: .base)
        let drawn = canvas.line(0).trimmingTrailingSpaces()
        #expect(drawn == (glyphs.isASCII ? "Ka?rna?taka??gnol" : "Ka�rna�taka��gnol"))
        #expect(used == drawn.displayWidth)
        #expect(!drawn.unicodeScalars.contains(where: TerminalText.isUnsafe))
    }

    @Test func fittingCountsOnlyWhatIsDrawn() {
        let canvas = GridCanvas(size: Size(rows: 1, columns: 40))
        let painter = Painter(canvas: canvas, glyphs: .unicode)
        // Letters no test registers as a secret: cleaned text is redacted again, and the
        // redactor's registry is shared by every test in the process.
        let used = painter.text("\u{202E}\u{200B}qrs\u{2066}wvu", row: 0, column: 0, width: 8, role: .base, pad: true)
        #expect(used == 8)
        #expect(canvas.line(0).hasPrefix("qrswvu  "))
    }
}
