import DialtoneCore
import Foundation

/// What widgets draw with: a canvas plus the glyph set, so text is made terminal-safe, folded to
/// ASCII and fitted with the right ellipsis in one place.
///
/// Every string a screen shows passes through `text`, so a region or message from the network
/// cannot carry an escape sequence, control or bidi override onto the terminal.
public struct Painter {
    public let canvas: any Canvas
    public let glyphs: GlyphSet

    public init(canvas: any Canvas, glyphs: GlyphSet) {
        self.canvas = canvas
        self.glyphs = glyphs
    }

    public var size: Size { canvas.size }

    /// Text as this glyph set can show it: terminal-safe, and ASCII-folded for the ASCII set.
    public func displayable(_ text: String) -> String {
        let safe = text.terminalSafe
        return glyphs.isASCII ? safe.asciiFolded : safe
    }

    /// Draws `text` cut to `width` columns (to the canvas edge when `nil`); with `pad`, the rest
    /// of the width is painted in `role` too. Returns the columns drawn.
    @discardableResult
    public func text(
        _ text: String, row: Int, column: Int, width: Int? = nil, role: Role,
        pad: Bool = false, alignRight: Bool = false
    ) -> Int {
        let room = width ?? (size.columns - column)
        guard room > 0 else { return 0 }
        let shown = displayable(text)
        let fitted = pad || alignRight
            ? shown.fitted(toWidth: room, ellipsis: glyphs.ellipsis, alignRight: alignRight)
            : shown.truncated(toWidth: room, ellipsis: glyphs.ellipsis)
        return canvas.draw(fitted, row: row, column: column, role: role)
    }

    /// Blank cells in `role`'s style.
    public func fill(_ rect: Rect, role: Role) { canvas.fill(rect, role: role) }

    /// A bordered box filled with `fill`, with an optional title in the top border.
    public func box(_ rect: Rect, title: String? = nil, border: Role = .border, fill: Role = .dialog, titleRole: Role = .dialogTitle) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let inner = rect.width - 2
        let line = String(repeating: glyphs.horizontal, count: inner)
        canvas.draw(glyphs.topLeft + line + glyphs.topRight, row: rect.top, column: rect.left, role: border)
        for row in rect.top + 1..<rect.bottom - 1 {
            canvas.draw(glyphs.vertical, row: row, column: rect.left, role: border)
            canvas.fill(row: row, column: rect.left + 1, width: inner, role: fill)
            canvas.draw(glyphs.vertical, row: row, column: rect.right - 1, role: border)
        }
        canvas.draw(glyphs.bottomLeft + line + glyphs.bottomRight, row: rect.bottom - 1, column: rect.left, role: border)
        if let title, inner > 4 {
            text(" \(title) ", row: rect.top, column: rect.left + 2, width: inner - 2, role: titleRole)
        }
    }
}

extension String {
    /// Seven-bit text for terminals without UTF-8: accents dropped (`São` → `Sao`), typographic
    /// marks replaced (`…` → `...`, `—` → `-`, `·` → `|`), anything else → `?`.
    public var asciiFolded: String {
        if allSatisfy(\.isASCII) { return self }
        var result = ""
        for character in self {
            if character.isASCII { result.append(character); continue }
            if let replacement = Self.asciiReplacements[character] { result += replacement; continue }
            let base = String(character).decomposedStringWithCanonicalMapping.unicodeScalars.filter(\.isASCII)
            result += base.isEmpty ? "?" : String(String.UnicodeScalarView(base))
        }
        return result
    }

    private static let asciiReplacements: [Character: String] = [
        "…": "...", "—": "-", "–": "-", "·": "|", "•": "*", "→": "->", "←": "<-", "↑": "^", "↓": "v",
        "×": "x", "“": "\"", "”": "\"", "‘": "'", "’": "'", "▶": ">", "✓": "+", "₹": "Rs", "€": "EUR",
        "£": "GBP", "\u{00A0}": " ",
    ]
}
