import DialtoneViewModels

/// The inventory filter form: a boxed field per search filter, the focused one editable, those
/// the active provider does not take greyed out with the reason.
enum FilterFormOverlay {
    static func draw(_ form: SearchFilterForm, in area: Rect, painter: Painter) {
        let rect = area.centred(height: min(form.fields.count + 6, area.height - 2), width: min(76, area.width - 4))
        painter.box(rect, title: "Search filters · \(form.providerName)")
        let inner = rect.inset(1)
        guard inner.height >= 3 else { return }
        let labelWidth = 20
        for (index, field) in form.fields.enumerated() where index < inner.height - 3 {
            let row = inner.top + index
            let focused = index == form.focus && form.isEditable
            painter.text(field.key.rawValue, row: row, column: inner.left + 1, width: labelWidth, role: field.isSupported ? .dialog : .muted)
            let column = inner.left + 1 + labelWidth
            let width = inner.right - column - 1
            guard field.isSupported else {
                painter.text("not supported by \(form.providerName)", row: row, column: column, width: width, role: .muted)
                continue
            }
            if focused {
                PromptLine(label: "", text: field.text, help: field.key.help).draw(row: row, column: column, width: width, painter: painter)
            } else {
                let shown = field.text.isEmpty ? "—  \(field.key.help)" : field.text
                painter.text(shown, row: row, column: column, width: width, role: field.text.isEmpty ? .muted : .dialog)
            }
        }
        let footer = form.problem.map { ($0, Role.error) }
            ?? (form.isEditable
                ? ("Up/Down field · type to edit · Enter applies · Esc cancels", Role.muted)
                : ("\(form.providerName) takes none of these filters · Esc closes", Role.muted))
        painter.text(footer.0, row: inner.bottom - 1, column: inner.left + 1, width: inner.width - 2, role: footer.1)
    }
}
