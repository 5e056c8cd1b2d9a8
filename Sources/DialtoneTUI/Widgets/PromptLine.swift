/// A one-row text field: a label, the text typed so far with a cursor cell, and a help text.
public struct PromptLine {
    public var label: String
    public var text: String
    public var help: String

    public init(label: String, text: String, help: String) {
        self.label = label
        self.text = text
        self.help = help
    }

    public func draw(row: Int, column: Int, width: Int, painter: Painter) {
        guard width > 0 else { return }
        painter.fill(Rect(top: row, left: column, height: 1, width: width), role: .input)
        var x = column + painter.text(label, row: row, column: column, width: width, role: .accent)
        // Keep the end of long text visible: the cursor is what the user is looking at.
        let room = max(1, column + width - x - 1)
        var shown = painter.displayable(text)
        while shown.displayWidth > room - 1, !shown.isEmpty { shown.removeFirst() }
        x += painter.text(shown, row: row, column: x, width: room, role: .input)
        x += painter.text(" ", row: row, column: x, width: 1, role: .selected)
        if !help.isEmpty, column + width - x > 4 {
            painter.text("  " + help, row: row, column: x, width: column + width - x, role: .muted)
        }
    }
}
