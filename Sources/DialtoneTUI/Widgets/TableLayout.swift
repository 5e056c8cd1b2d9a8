/// A table column: how narrow it may get, how wide it likes to be, and how soon it is dropped
/// when the terminal is too narrow for every column.
public struct TableColumn: Sendable, Hashable {
    public var title: String
    public var minWidth: Int
    public var idealWidth: Int
    /// Columns with a higher number are dropped first; 0 is never dropped.
    public var dropOrder: Int
    public var alignRight: Bool

    public init(_ title: String, min: Int, ideal: Int, dropOrder: Int = 0, alignRight: Bool = false) {
        self.title = title
        self.minWidth = min
        self.idealWidth = max(min, ideal)
        self.dropOrder = dropOrder
        self.alignRight = alignRight
    }
}

/// Fits columns to a width: pure, so it is tested on its own.
public enum TableLayout {
    /// Each column's width, or `nil` for a column dropped to make room. `gap` blank columns
    /// separate neighbours. Space left after every column reaches its ideal goes to the last one.
    public static func fit(_ columns: [TableColumn], width: Int, gap: Int = 1) -> [Int?] {
        var visible = Array(columns.indices)
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
        if spare > 0, let last = visible.last { widths[last]! += spare }
        return widths
    }
}
