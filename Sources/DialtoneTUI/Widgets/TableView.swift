/// One table cell: its text and, optionally, a role other than the row's (fees, statuses).
public struct TableCell: Sendable, Hashable {
    public var text: String
    public var role: Role?

    public init(_ text: String, role: Role? = nil) {
        self.text = text
        self.role = role
    }
}

/// A scrolling table with a heading, zebra rows and a selected row.
///
/// Rows are produced on demand for the visible window only, so a list of 100 000 owned
/// numbers costs no more per frame than a page of 25.
public struct TableView {
    public var columns: [TableColumn]
    public var rowCount: Int
    public var selectedIndex: Int?
    /// Shown in the body when there are no rows.
    public var emptyMessage: String
    public var cells: (Int) -> [TableCell]

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

    public func draw(in rect: Rect, painter: Painter) {
        guard rect.height > 0, rect.width > 2 else { return }
        let gutter = 2
        let widths = TableLayout.fit(columns, width: rect.width - gutter)
        painter.fill(Rect(top: rect.top, left: rect.left, height: 1, width: rect.width), role: .header)
        drawRow(columns.map { TableCell($0.title) }, widths: widths, row: rect.top, left: rect.left + gutter, painter: painter, role: .header)
        let bodyHeight = rect.height - 1
        guard rowCount > 0 else {
            painter.text(emptyMessage, row: rect.top + 1 + bodyHeight / 2 - 1, column: rect.left + gutter, width: rect.width - gutter, role: .muted)
            return
        }
        let first = Self.firstVisibleRow(selected: selectedIndex, height: bodyHeight)
        for offset in 0..<min(bodyHeight, rowCount - first) {
            let index = first + offset
            let row = rect.top + 1 + offset
            let isSelected = index == selectedIndex
            let role: Role = isSelected ? .selected : (index % 2 == 1 ? .rowAlt : .row)
            painter.fill(Rect(top: row, left: rect.left, height: 1, width: rect.width), role: role)
            if isSelected { painter.text(painter.glyphs.pointer, row: row, column: rect.left, width: 1, role: role) }
            drawRow(cells(index), widths: widths, row: row, left: rect.left + gutter, painter: painter, role: role, isSelected: isSelected)
        }
    }

    private func drawRow(
        _ cells: [TableCell], widths: [Int?], row: Int, left: Int, painter: Painter, role: Role, isSelected: Bool = false
    ) {
        var column = left
        for (index, cell) in cells.enumerated() where index < columns.count {
            guard let width = widths[index] else { continue }
            let cellRole = isSelected ? role : (cell.role ?? role)
            painter.text(cell.text, row: row, column: column, width: width, role: cellRole, alignRight: columns[index].alignRight)
            column += width + 1
        }
    }
}
