import DialtoneCore

/// Marking owned numbers for one combined release: `Space` one row, `*` every row shown, `Esc`
/// none. Marks are kept by number (`OwnedRow.Key`), so they hold across filters and sorts.
extension OwnedModel {
    /// Marks the selected row, or unmarks it, and moves down (so `Space` repeated marks a run).
    public func toggleMark() {
        guard let row = state.selected else { return }
        state.marks.toggle(row)
        move(by: 1)
    }

    /// Marks every row the filter shows; when every one of them is marked already, unmarks
    /// them instead (so `*` twice leaves the marks as they were).
    public func toggleMarkAllShown() {
        let rows = state.rows
        guard !rows.isEmpty else { return }
        if rows.allSatisfy({ state.marks.contains($0.key) }) {
            state.marks.unmark(Set(rows.lazy.map(\.key)))
        } else {
            state.marks.mark(rows)
        }
    }

    /// Unmarks every number.
    public func clearMarks() {
        guard !state.marks.isEmpty else { return }
        state.marks.removeAll()
    }

    /// Unmarks the numbers with `keys` (once a combined action has changed them).
    public func unmark(_ keys: Set<OwnedRow.Key>) {
        state.marks.unmark(keys)
    }
}
