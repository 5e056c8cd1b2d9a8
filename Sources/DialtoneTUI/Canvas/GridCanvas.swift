/// An in-memory canvas: a grid of cells, for tests, goldens and render benchmarks.
public final class GridCanvas: Canvas {
    /// One terminal cell. The right half of a wide glyph is a cell with `width` 0 and no glyph.
    public struct Cell: Sendable, Hashable {
        public var glyph: String
        public var width: Int
        public var role: Role
        /// The role's style as the terminal would show it, at the canvas's colour level.
        public var style: CellStyle
    }

    public let size: Size
    public private(set) var cells: [[Cell]]
    private let styles: ResolvedStyles

    /// A blank grid; `styles` resolves roles the way a terminal of some colour level would.
    public init(size: Size, styles: ResolvedStyles = .unstyled) {
        self.size = size
        self.styles = styles
        let blank = Cell(glyph: " ", width: 1, role: .base, style: styles[.base])
        cells = Array(repeating: Array(repeating: blank, count: max(0, size.columns)), count: max(0, size.rows))
    }

    public func erase() {
        let blank = Cell(glyph: " ", width: 1, role: .base, style: styles[.base])
        for row in cells.indices {
            for column in cells[row].indices { cells[row][column] = blank }
        }
    }

    @discardableResult
    public func draw(_ text: String, row: Int, column: Int, role: Role) -> Int {
        draw(text, row: row, column: column, role: role, adding: [])
    }

    @discardableResult
    public func draw(_ text: String, row: Int, column: Int, role: Role, adding attributes: TextAttributes) -> Int {
        guard row >= 0, row < size.rows else { return 0 }
        var x = column
        var style = styles[role]
        style.attributes.formUnion(attributes)
        for character in text {
            let width = DisplayWidth.of(character)
            if width == 0 { continue }
            if x + width > size.columns { break }
            if x >= 0 {
                cells[row][x] = Cell(glyph: String(character), width: width, role: role, style: style)
                if width == 2 { cells[row][x + 1] = Cell(glyph: "", width: 0, role: role, style: style) }
            }
            x += width
        }
        return x - column
    }

    /// The text of one row, trailing blanks kept (goldens compare whole rows).
    public func line(_ row: Int) -> String {
        cells[row].map(\.glyph).joined()
    }

    /// The whole grid as text, one line per row, trailing blanks trimmed.
    public var text: String {
        (0..<size.rows).map { line($0).trimmingTrailingSpaces() }.joined(separator: "\n")
    }

    /// The roles used anywhere on the grid.
    public var rolesUsed: Set<Role> {
        Set(cells.flatMap { $0.map(\.role) })
    }

    /// The role at a cell.
    public func role(row: Int, column: Int) -> Role { cells[row][column].role }

    /// The glyphs of `row` drawn with `attribute` (beyond what their role has), as one string.
    public func glyphs(in row: Int, with attribute: TextAttributes) -> String {
        cells[row].filter { $0.style.attributes.contains(attribute) && !styles[$0.role].attributes.contains(attribute) }
            .map(\.glyph).joined()
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
