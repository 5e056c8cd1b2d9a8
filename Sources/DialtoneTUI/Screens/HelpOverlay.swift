import DialtoneViewModels

/// Every key from the binding table, grouped by context, with what is disabled now and why.
enum HelpOverlay {
    static func draw(_ snapshot: AppSnapshot, frame: FrameState, in area: Rect, painter: Painter) {
        var lines = KeyMap.helpLines(for: snapshot, glyphs: frame.glyphs)
        if !snapshot.inventory.searchHelp.isEmpty {
            lines += [.blank, .heading("Search"), .binding(keys: "/", description: snapshot.inventory.searchHelp, disabledReason: nil)]
        }
        let box = area.centred(height: area.height, width: min(area.width - 2, 96))
        painter.box(box, title: "Keys (Esc closes)")
        let inner = box.inset(1).insetHorizontally(1)
        let first = max(0, min(frame.helpScroll, lines.count - inner.height))
        let keyWidth = 22
        for (offset, line) in lines.dropFirst(first).prefix(inner.height).enumerated() {
            let row = inner.top + offset
            switch line {
            case .blank: break
            case .heading(let title): painter.text(title, row: row, column: inner.left, width: inner.width, role: .dialogTitle)
            case .binding(let keys, let description, let reason):
                painter.text(keys, row: row, column: inner.left + 1, width: keyWidth - 2, role: reason == nil ? .key : .buttonDisabled)
                let text = reason.map { "\(description) — \($0)" } ?? description
                painter.text(text, row: row, column: inner.left + keyWidth, width: inner.width - keyWidth, role: reason == nil ? .dialog : .muted)
            }
        }
        if first + inner.height < lines.count {
            painter.text("\(frame.glyphs.arrowDown) more", row: box.bottom - 1, column: box.right - 10, width: 8, role: .muted)
        }
    }
}
