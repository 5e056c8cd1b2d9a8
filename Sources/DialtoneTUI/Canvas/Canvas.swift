/// A rectangle of terminal cells, `rows` high and `columns` wide.
public struct Size: Sendable, Hashable, CustomStringConvertible {
    public var rows: Int
    public var columns: Int

    public init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
    }

    /// The smallest terminal Dialtone draws its screens in.
    public static let minimum = Size(rows: 24, columns: 80)

    public var description: String { "\(columns)×\(rows)" }
}

/// Where screens draw: the ncurses backend on a terminal, or an in-memory grid in tests.
///
/// Drawing never wraps: text is clipped at the right edge, and rows outside the canvas are
/// ignored. Widgets fit text by display width (`DisplayWidth`) before drawing it.
public protocol Canvas: AnyObject {
    /// The drawable area.
    var size: Size { get }
    /// Blanks every cell in the `.base` style; the start of every frame.
    func erase()
    /// Draws `text` from (`row`, `column`) in `role`'s style; returns the columns used.
    @discardableResult
    func draw(_ text: String, row: Int, column: Int, role: Role) -> Int
    /// Draws `text` like `draw(_:row:column:role:)` with `attributes` added to the role's own
    /// (search matches: visible in monochrome too).
    @discardableResult
    func draw(_ text: String, row: Int, column: Int, role: Role, adding attributes: TextAttributes) -> Int
}

// MARK: - Default implementations

extension Canvas {
    /// Draws without the extra attributes, for canvases that cannot show them.
    @discardableResult
    public func draw(_ text: String, row: Int, column: Int, role: Role, adding attributes: TextAttributes) -> Int {
        draw(text, row: row, column: column, role: role)
    }

    /// Paints `width` blank cells in `role`'s style (a bar's or a selected row's background).
    public func fill(row: Int, column: Int, width: Int, role: Role) {
        guard width > 0 else { return }
        draw(String(repeating: " ", count: width), row: row, column: column, role: role)
    }

    /// Fills a whole rectangle with blanks in `role`'s style.
    public func fill(_ rect: Rect, role: Role) {
        for row in rect.top..<rect.bottom { fill(row: row, column: rect.left, width: rect.width, role: role) }
    }
}

/// A rectangle in cell coordinates.
public struct Rect: Sendable, Hashable {
    public var top: Int
    public var left: Int
    public var height: Int
    public var width: Int

    public init(top: Int, left: Int, height: Int, width: Int) {
        self.top = top
        self.left = left
        self.height = max(0, height)
        self.width = max(0, width)
    }

    /// The whole of a canvas.
    public init(_ size: Size) { self.init(top: 0, left: 0, height: size.rows, width: size.columns) }

    public var bottom: Int { top + height }
    public var right: Int { left + width }

    /// This rectangle shrunk by `by` cells on every side.
    public func inset(_ by: Int) -> Rect {
        Rect(top: top + by, left: left + by, height: height - 2 * by, width: width - 2 * by)
    }

    /// A rectangle of `height`×`width` centred in this one (clamped to it).
    public func centred(height: Int, width: Int) -> Rect {
        let h = min(height, self.height), w = min(width, self.width)
        return Rect(top: top + (self.height - h) / 2, left: left + (self.width - w) / 2, height: h, width: w)
    }
}
