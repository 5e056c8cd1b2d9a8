/// A table column: how narrow it may get, how wide it likes to be, and how soon it is dropped
/// when the terminal is too narrow for every column.
public struct TableColumn: Sendable, Hashable {
    public var title: String
    public var minWidth: Int
    public var idealWidth: Int
    /// Columns with a higher number are dropped first; 0 is never dropped.
    public var dropOrder: Int
    public var alignRight: Bool
    /// Takes the width left once every column has its ideal (a place name that reads whole).
    public var grows: Bool
    /// Left out when no row shown has a value in it (a provider that never fills it).
    public var hidesWhenEmpty: Bool
    /// Is never narrower than its declared ideal when there is room, whatever the rows shown
    /// hold (a number, a type): a column whose values have a usual widest form is laid out for
    /// it, so a page holding a longer value than the last one does not re-lay the table out. A
    /// longer value still widens it, and a narrow terminal drops the column rather than cut a
    /// value it holds (a number or an amount read in part is worse than none).
    public var keepsIdeal: Bool

    public init(
        _ title: String, min: Int, ideal: Int, dropOrder: Int = 0, alignRight: Bool = false, grows: Bool = false,
        hidesWhenEmpty: Bool = false, keepsIdeal: Bool = false
    ) {
        self.title = title
        self.minWidth = min
        self.idealWidth = max(min, ideal)
        self.dropOrder = dropOrder
        self.alignRight = alignRight
        self.grows = grows
        self.hidesWhenEmpty = hidesWhenEmpty
        self.keepsIdeal = keepsIdeal
    }

    /// This column sized to what it holds: its ideal is the widest of the title and `content`
    /// (within the declared ideal unless it grows, at least the declared ideal if it
    /// `keepsIdeal`), and its minimum no more than that (no less than `content` if it
    /// `keepsIdeal`, so that a value is never cut).
    func sized(toContent content: Int) -> TableColumn {
        var column = self
        let wanted = Swift.max(title.displayWidth, content)
        column.idealWidth = switch (grows, keepsIdeal) {
        case (true, _): Swift.max(wanted, minWidth)
        case (false, true): Swift.max(idealWidth, wanted)
        case (false, false): Swift.min(idealWidth, Swift.max(wanted, 1))
        }
        column.minWidth = keepsIdeal ? Swift.max(minWidth, content) : Swift.min(minWidth, column.idealWidth)
        return column
    }
}

/// Fits columns to a width: pure, so it is tested on its own.
public enum TableLayout {
    /// Each column's width, or `nil` for a column dropped to make room. `gap` blank columns
    /// separate neighbours. Space left after every column reaches its ideal goes to the last
    /// column, unless one `grows`: its ideal is already what it holds, and the rest stays
    /// blank at the right rather than opening a gap in the middle of every row.
    public static func fit(_ columns: [TableColumn], width: Int, gap: Int = 1) -> [Int?] {
        fit(columns, shown: Array(columns.indices), width: width, gap: gap)
    }

    /// Fits the columns of `rows` (each row's cell texts) to `width`: columns are sized to the
    /// widest text they hold, and a `hidesWhenEmpty` column whose cells are all blank or
    /// `absent` is dropped. With no rows the declared widths are used, without the columns
    /// that may be left out.
    public static func fit(_ columns: [TableColumn], rows: [[String]], absent: String, width: Int, gap: Int = 1) -> [Int?] {
        fit(columns, contentWidths: rows.isEmpty ? nil : contentWidths(columns, rows: rows, absent: absent), width: width, gap: gap)
    }

    /// `fit(_:rows:absent:width:gap:)` from content widths already measured (`nil` for no rows).
    public static func fit(_ columns: [TableColumn], contentWidths: [Int?]?, width: Int, gap: Int = 1) -> [Int?] {
        let (sized, shown) = size(columns, to: contentWidths)
        return fit(sized, shown: shown, width: width, gap: gap)
    }

    /// The widest text each column holds in `rows`; `nil` for a `hidesWhenEmpty` column whose
    /// cells are all blank or `absent`.
    public static func contentWidths(_ columns: [TableColumn], rows: [[String]], absent: String) -> [Int?] {
        columns.indices.map { index in
            let texts = rows.map { index < $0.count ? $0[index] : "" }
            if columns[index].hidesWhenEmpty, texts.allSatisfy({ $0.isEmpty || $0 == absent }) { return nil }
            return texts.reduce(0) { max($0, $1.displayWidth) }
        }
    }

    /// The columns sized to `contentWidths`, and the indices of those not left out; with no
    /// widths (no rows) the declared sizes, without the columns that may be left out.
    private static func size(_ columns: [TableColumn], to contentWidths: [Int?]?) -> ([TableColumn], [Int]) {
        guard let contentWidths else { return (columns, columns.indices.filter { !columns[$0].hidesWhenEmpty }) }
        var sized = columns
        var shown: [Int] = []
        for (index, content) in contentWidths.enumerated() where index < columns.count {
            guard let content else { continue }
            sized[index] = columns[index].sized(toContent: content)
            shown.append(index)
        }
        return (sized, shown)
    }

    private static func fit(_ columns: [TableColumn], shown: [Int], width: Int, gap: Int) -> [Int?] {
        var visible = shown
        func needed(_ indices: [Int]) -> Int {
            indices.reduce(0) { $0 + columns[$1].minWidth } + gap * max(0, indices.count - 1)
        }
        while needed(visible) > width,
            let drop = visible.filter({ columns[$0].dropOrder > 0 }).max(by: { columns[$0].dropOrder < columns[$1].dropOrder })
        {
            visible.removeAll { $0 == drop }
        }
        var widths = [Int?](repeating: nil, count: columns.count)
        for index in visible { widths[index] = columns[index].minWidth }
        var spare = width - needed(visible)
        for index in visible.sorted(by: { columns[$0].dropOrder < columns[$1].dropOrder }) where spare > 0 {
            let grow = min(spare, columns[index].idealWidth - columns[index].minWidth)
            widths[index]! += grow
            spare -= grow
        }
        if spare > 0, !visible.contains(where: { columns[$0].grows }), let last = visible.last { widths[last]! += spare }
        return widths
    }
}
