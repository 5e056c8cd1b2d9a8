/// The footer: `key label` pairs that fit on one row; those that do not fit are left out
/// (the help overlay lists them all).
public struct KeyHintBar {
    /// One hint; a disabled hint is drawn muted.
    public struct Hint: Sendable, Hashable {
        public var keys: String
        public var label: String
        public var isEnabled: Bool

        public init(keys: String, label: String, isEnabled: Bool = true) {
            self.keys = keys
            self.label = label
            self.isEnabled = isEnabled
        }
    }

    public var hints: [Hint]

    public init(hints: [Hint]) { self.hints = hints }

    public func draw(row: Int, painter: Painter) {
        let width = painter.size.columns
        painter.fill(Rect(top: row, left: 0, height: 1, width: width), role: .base)
        var column = 1
        for hint in hints {
            let keys = painter.displayable(hint.keys), label = painter.displayable(hint.label)
            let needed = keys.displayWidth + 1 + label.displayWidth
            guard column + needed < width else { break }
            column += painter.text(keys, row: row, column: column, role: hint.isEnabled ? .key : .buttonDisabled)
            column += 1
            column += painter.text(label, row: row, column: column, role: hint.isEnabled ? .hint : .buttonDisabled)
            column += 2
        }
    }
}
