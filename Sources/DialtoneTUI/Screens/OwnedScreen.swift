import DialtoneCore
import DialtoneViewModels

/// Numbers already owned across every profile: status colours, and the monthly total per
/// currency under the table.
enum OwnedScreen {
    static let columns = [
        TableColumn("Number", min: 16, ideal: 18),
        TableColumn("CC", min: 2, ideal: 3, dropOrder: 3),
        TableColumn("Region / city", min: 8, ideal: 24, dropOrder: 5),
        TableColumn("Status", min: 8, ideal: 16, dropOrder: 1),
        TableColumn("Monthly", min: 12, ideal: 13, alignRight: true),
        TableColumn("Profile", min: 8, ideal: 14, dropOrder: 2),
        TableColumn("Label", min: 6, ideal: 20, dropOrder: 4),
    ]

    static func draw(_ snapshot: AppSnapshot, frame: FrameState, in rect: Rect, painter: Painter) {
        let state = snapshot.owned
        let tableRect = Rect(top: rect.top, left: rect.left, height: rect.height - 1, width: rect.width)
        table(state, glyphs: frame.glyphs).draw(in: tableRect, painter: painter)
        totals(state, row: rect.bottom - 1, width: rect.width, painter: painter)
        if snapshot.overlays.contains(.detail), let row = state.selected {
            DetailOverlay.draw(NumberDetail.lines(for: row), in: rect, painter: painter)
        }
    }

    static func table(_ state: OwnedState, glyphs: GlyphSet) -> TableView {
        let rows = state.rows
        let empty = state.isLoading ? "loading…" : (state.totalCount == 0 ? "no numbers owned yet" : "no numbers match the filter")
        return TableView(columns: columns, rowCount: rows.count, selectedIndex: state.selectedIndex, emptyMessage: empty) { index in
            let row = rows[index], number = row.number
            return [
                TableCell(NumberFormatting.readable(number.e164, country: number.country)),
                TableCell(number.country),
                TableCell(NumberFormatting.place(region: number.region, city: number.city, country: nil) ?? glyphs.absent, role: .muted),
                TableCell(number.status.label, role: NumberDetail.statusRole(number.status)),
                TableCell(number.monthlyFee?.formatted() ?? glyphs.absent, role: number.monthlyFee.map(NumberDetail.feeRole) ?? .muted),
                TableCell(row.profile),
                TableCell(number.label ?? "", role: .muted),
            ]
        }
    }

    /// `Monthly total  USD 24.00 + INR 1,500.00   (12 of 340 numbers)`.
    static func totals(_ state: OwnedState, row: Int, width: Int, painter: Painter) {
        painter.fill(Rect(top: row, left: 0, height: 1, width: width), role: .base)
        var column = 2
        column += painter.text("Monthly total  ", row: row, column: column, role: .muted)
        let money = state.monthlyTotals.map { $0.formatted() }.joined(separator: " + ")
        column += painter.text(money.isEmpty ? "none" : money, row: row, column: column, width: width - column - 1, role: .fee)
        let count = state.rows.count == state.totalCount ? "\(state.totalCount) numbers" : "\(state.rows.count) of \(state.totalCount) numbers"
        column += painter.text("   (\(count))", row: row, column: column, width: max(0, width - column - 1), role: .muted)
        if !state.partial.isEmpty {
            // Totals over a list read in part are not the account's totals: say so beside them.
            let text = state.partial.count == 1
                ? "partial list: \(state.partial[0].profile) — \(state.partial[0].reason)"
                : "partial lists: " + state.partial.map(\.profile).joined(separator: ", ")
            painter.text("  " + text, row: row, column: column, width: max(0, width - column - 1), role: .warning)
        } else if let loading = state.loadingLabel {
            painter.text("  \(loading)", row: row, column: column, width: max(0, width - column - 1), role: .accent)
        }
    }
}
