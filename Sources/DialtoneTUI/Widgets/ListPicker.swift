/// A boxed list with a type-to-narrow filter line, for countries, number types and statuses.
public struct ListPicker {
    /// One choice, with secondary text drawn right-aligned and muted.
    public struct Item: Sendable, Hashable {
        public var label: String
        public var detail: String

        public init(label: String, detail: String = "") {
            self.label = label
            self.detail = detail
        }
    }

    public var title: String
    public var filter: String
    public var filterHelp: String
    public var items: [Item]
    public var selectedIndex: Int?

    public init(title: String, filter: String, filterHelp: String, items: [Item], selectedIndex: Int?) {
        self.title = title
        self.filter = filter
        self.filterHelp = filterHelp
        self.items = items
        self.selectedIndex = selectedIndex
    }

    /// Draws centred in `area`, at most 60 columns wide and 20 rows high.
    public func draw(in area: Rect, painter: Painter) {
        let rect = area.centred(height: min(20, area.height - 2), width: min(60, area.width - 4))
        painter.box(rect, title: title)
        let inner = rect.inset(1)
        guard inner.height >= 3 else { return }
        PromptLine(label: "Filter: ", text: filter, help: filterHelp)
            .draw(row: inner.top, column: inner.left + 1, width: inner.width - 2, painter: painter)
        let listTop = inner.top + 2
        let height = inner.bottom - listTop
        guard !items.isEmpty else {
            painter.text("no match", row: listTop, column: inner.left + 2, width: inner.width - 4, role: .muted)
            return
        }
        let first = TableView.firstVisibleRow(selected: selectedIndex, height: height)
        for offset in 0..<min(height, items.count - first) {
            let index = first + offset, row = listTop + offset, item = items[index]
            let isSelected = index == selectedIndex
            let role: Role = isSelected ? .selected : .dialog
            painter.fill(Rect(top: row, left: inner.left, height: 1, width: inner.width), role: role)
            if isSelected { painter.text(painter.glyphs.pointer, row: row, column: inner.left, width: 1, role: role) }
            let detailWidth = min(painter.displayable(item.detail).displayWidth, inner.width / 2)
            painter.text(item.label, row: row, column: inner.left + 2, width: inner.width - 4 - detailWidth - 1, role: role)
            if detailWidth > 0 {
                painter.text(item.detail, row: row, column: inner.right - 1 - detailWidth, width: detailWidth, role: isSelected ? role : .muted)
            }
        }
    }
}
