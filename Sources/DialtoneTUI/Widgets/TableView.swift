/// One table cell: its text and, optionally, a role other than the row's (fees, statuses).
public struct TableCell: Sendable, Hashable {
    public var text: String
    public var role: Role?
    /// Offsets of characters of `text` to emphasise (what a search matched).
    public var emphasis: [Int]

    public init(_ text: String, role: Role? = nil, emphasis: [Int] = []) {
        self.text = text
        self.role = role
        self.emphasis = emphasis
    }
}

/// A scrolling table with a heading, zebra rows and a selected row; columns are fitted to what
/// the rows shown hold.
///
/// Rows are produced on demand for the visible window only, so a list of 100 000 owned
/// numbers costs no more per frame than a page of 25.
public struct TableView {
    public var columns: [TableColumn]
    public var rowCount: Int
    public var selectedIndex: Int?
    /// Shown in the body when there are no rows; a line break starts a second line.
    public var emptyMessage: String
    public var cells: (Int) -> [TableCell]
    /// Widens a frame's content widths to those kept for the listing (`ColumnMemory`).
    public var widen: ([Int?]) -> [Int?] = { $0 }
    /// Whether a row is marked: its mark sits in the gutter, beside the pointer, so marking a
    /// row never moves a column.
    public var isMarked: (Int) -> Bool = { _ in false }

    public init(
        columns: [TableColumn], rowCount: Int, selectedIndex: Int?, emptyMessage: String,
        cells: @escaping (Int) -> [TableCell]
    ) {
        self.columns = columns
        self.rowCount = rowCount
        self.selectedIndex = selectedIndex
        self.emptyMessage = emptyMessage
        self.cells = cells
    }

    /// The first row shown when `height` rows fit: the window holding the selection, so moving
    /// within a window repaints two rows and moving past it flips a whole window.
    public static func firstVisibleRow(selected: Int?, height: Int) -> Int {
        guard let selected, height > 0 else { return 0 }
        return (selected / height) * height
    }

    /// A marked row's mark in the gutter: `✓`, or `*` in ASCII.
    public static func markGlyph(_ glyphs: GlyphSet) -> String { glyphs.isASCII ? "*" : "✓" }

    /// Columns left of the first one: the selection pointer and a blank (a marked row's mark).
    static let gutter = 2

    /// The rows shown when the table is `height` rows tall (heading included), with their cells.
    public func window(height: Int) -> [(index: Int, cells: [TableCell])] {
        let bodyHeight = max(0, height - 1)
        let first = Self.firstVisibleRow(selected: selectedIndex, height: bodyHeight)
        return (first..<min(first + bodyHeight, rowCount)).map { (index: $0, cells: cells($0)) }
    }

    /// What the rows of `window` hold per column, widened by `widen`; `nil` with no rows.
    private func contentWidths(of window: [(index: Int, cells: [TableCell])], absent: String) -> [Int?]? {
        guard !window.isEmpty else { return nil }
        return widen(TableLayout.contentWidths(columns, rows: window.map { $0.cells.map(\.text) }, absent: absent))
    }

    /// Draws the table.
    public func draw(in rect: Rect, painter: Painter) {
        guard rect.height > 0, rect.width > 2 else { return }
        let gutter = Self.gutter
        let bodyHeight = rect.height - 1
        let shown = window(height: rect.height)
        let widths = TableLayout.fit(
            columns, contentWidths: contentWidths(of: shown, absent: painter.glyphs.absent), width: rect.width - gutter)
        painter.fill(Rect(top: rect.top, left: rect.left, height: 1, width: rect.width), role: .header)
        drawRow(columns.map { TableCell($0.title) }, widths: widths, row: rect.top, left: rect.left + gutter, painter: painter, role: .header)
        guard rowCount > 0 else {
            let lines = emptyMessage.split(separator: "\n", omittingEmptySubsequences: false)
            for (offset, line) in lines.enumerated() {
                painter.text(String(line), row: rect.top + 1 + bodyHeight / 2 - 1 + offset, column: rect.left + gutter, width: rect.width - gutter, role: .muted)
            }
            return
        }
        // Rows are painted as far as their columns reach, not to the table's edge: a move
        // repaints two rows, and blank cells past the last column would be sent with them.
        let extent = min(rect.width, gutter + widths.compactMap { $0 }.reduce(0) { $0 + $1 + 1 } - 1)
        for (offset, (index, cells)) in shown.enumerated() {
            let row = rect.top + 1 + offset
            let isSelected = index == selectedIndex
            let role: Role = isSelected ? .selected : (index % 2 == 1 ? .rowAlt : .row)
            painter.fill(Rect(top: row, left: rect.left, height: 1, width: extent), role: role)
            if isSelected { painter.text(painter.glyphs.pointer, row: row, column: rect.left, width: 1, role: role) }
            if isMarked(index) {
                painter.text(Self.markGlyph(painter.glyphs), row: row, column: rect.left + 1, width: 1, role: isSelected ? role : .accent)
            }
            drawRow(cells, widths: widths, row: row, left: rect.left + gutter, painter: painter, role: role, isSelected: isSelected)
        }
    }

    /// Redraws the emphasised characters of a left-aligned cell bold and underlined, where
    /// they were drawn whole (not cut by the ellipsis).
    private func emphasise(_ cell: TableCell, row: Int, column: Int, width: Int, role: Role, painter: Painter) {
        let shown = Array(painter.displayable(cell.text))
        let room = shown.count <= width ? width : width - painter.glyphs.ellipsis.displayWidth
        var x = 0
        var offsets = cell.emphasis.makeIterator()
        var next = offsets.next()
        for (offset, character) in shown.enumerated() {
            let characterWidth = DisplayWidth.of(character)
            guard x + characterWidth <= room, let wanted = next else { return }
            if offset == wanted {
                painter.canvas.draw(String(character), row: row, column: column + x, role: role, adding: [.bold, .underline])
                next = offsets.next()
            }
            x += characterWidth
        }
    }

    /// Draws the cells of one row. The blank between two cells of the same role takes that
    /// role (two fees in one colour are one run of it), so a repaint sends one colour change
    /// where it would send three.
    private func drawRow(
        _ cells: [TableCell], widths: [Int?], row: Int, left: Int, painter: Painter, role: Role, isSelected: Bool = false
    ) {
        var column = left
        var previous: (role: Role, end: Int)?
        for (index, cell) in cells.enumerated() where index < columns.count {
            guard let width = widths[index] else { continue }
            let cellRole = isSelected ? role : (cell.role ?? role)
            if let previous, previous.role == cellRole, previous.role != role {
                painter.fill(Rect(top: row, left: previous.end, height: 1, width: column - previous.end), role: cellRole)
            }
            painter.text(cell.text, row: row, column: column, width: width, role: cellRole, alignRight: columns[index].alignRight)
            if !cell.emphasis.isEmpty, !columns[index].alignRight {
                emphasise(cell, row: row, column: column, width: width, role: cellRole, painter: painter)
            }
            previous = (cellRole, column + width)
            column += width + 1
        }
    }
}
