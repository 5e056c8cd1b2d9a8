/// A one-row bar of segments, some on the left and some on the right; right segments win
/// the space when the row is too narrow, then the left ones are truncated — except for a
/// notice, which follows the left segments and takes the right side's room when both do not fit.
public struct StatusBar {
    /// A piece of the bar and the role it is drawn in (a badge, an error, plain text).
    public struct Segment: Sendable, Hashable {
        public var text: String
        public var role: Role

        public init(_ text: String, role: Role = .statusBar) {
            self.text = text
            self.role = role
        }
    }

    public var left: [Segment]
    public var right: [Segment]
    /// A passing message (until the next key) that must be read whole.
    public var notice: Segment?
    public var role: Role

    public init(left: [Segment], right: [Segment] = [], notice: Segment? = nil, role: Role = .statusBar) {
        self.left = left
        self.right = right
        self.notice = notice
        self.role = role
    }

    public func draw(row: Int, painter: Painter) {
        let width = painter.size.columns
        painter.fill(Rect(top: row, left: 0, height: 1, width: width), role: role)
        let separator = " \(painter.glyphs.separator) "
        let left = self.left + (notice.map { [$0] } ?? [])
        var right = self.right
        if notice != nil, !right.isEmpty,
           painter.displayable(joined(left, separator) + separator + joined(right, separator)).displayWidth + 2 > width {
            right = []
        }
        let rightWidth = right.isEmpty ? 0 : painter.displayable(joined(right, separator)).displayWidth + 1
        var column = 1
        let leftLimit = max(0, width - rightWidth - 1)
        for (index, segment) in left.enumerated() where column < leftLimit {
            if index > 0 { column += painter.text(separator, row: row, column: column, width: leftLimit - column, role: role) }
            guard column < leftLimit else { break }
            column += painter.text(segment.text, row: row, column: column, width: leftLimit - column, role: segment.role)
        }
        column = max(leftLimit, width - rightWidth)
        for (index, segment) in right.enumerated() where column < width {
            if index > 0 { column += painter.text(separator, row: row, column: column, role: role) }
            column += painter.text(segment.text, row: row, column: column, width: width - column - 1, role: segment.role)
        }
    }

    private func joined(_ segments: [Segment], _ separator: String) -> String {
        segments.map(\.text).joined(separator: separator)
    }
}
