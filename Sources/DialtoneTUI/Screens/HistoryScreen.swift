import DialtoneCore
import DialtoneViewModels
import Foundation

/// Every purchase and release in the journal, newest first, with this month's spend per
/// currency under the table.
enum HistoryScreen {
    static let columns = [
        TableColumn("Time", min: 16, ideal: 16),
        TableColumn("Action", min: 8, ideal: 8),
        TableColumn("Number", min: 16, ideal: 18),
        TableColumn("Charged now", min: 12, ideal: 14, alignRight: true),
        TableColumn("Monthly", min: 12, ideal: 13, dropOrder: 2, alignRight: true),
        TableColumn("Outcome", min: 8, ideal: 14),
        TableColumn("Profile", min: 8, ideal: 14, dropOrder: 1),
    ]

    static func draw(_ snapshot: AppSnapshot, frame: FrameState, in rect: Rect, painter: Painter) {
        let state = snapshot.history
        let tableRect = Rect(top: rect.top, left: rect.left, height: rect.height - 1, width: rect.width)
        table(state, glyphs: frame.glyphs).draw(in: tableRect, painter: painter)
        spend(state, row: rect.bottom - 1, width: rect.width, painter: painter)
    }

    static func table(_ state: HistoryState, glyphs: GlyphSet) -> TableView {
        let rows = state.rows
        let empty = state.problem ?? "no purchases or releases yet"
        return TableView(columns: columns, rowCount: rows.count, selectedIndex: state.selectedIndex, emptyMessage: empty) { index in
            let row = rows[index]
            return [
                TableCell(localTime(row.time), role: .muted),
                TableCell(action(row)),
                TableCell(NumberFormatting.readable(row.e164)),
                TableCell(row.chargedNow?.formatted() ?? glyphs.absent, role: row.chargedNow.map(NumberDetail.feeRole) ?? .muted),
                TableCell(row.monthly?.formatted() ?? glyphs.absent, role: row.monthly.map(NumberDetail.feeRole) ?? .muted),
                TableCell(outcome(row) + (row.reconciled ? " (checked)" : ""), role: role(row.outcome)),
                TableCell(row.profile),
            ]
        }
    }

    /// `Spent this month  USD 3.00 + INR 1,200.00   (7 entries)`.
    static func spend(_ state: HistoryState, row: Int, width: Int, painter: Painter) {
        painter.fill(Rect(top: row, left: 0, height: 1, width: width), role: .base)
        var column = 2
        column += painter.text("Spent this month  ", row: row, column: column, role: .muted)
        let money = state.monthSpend.map { $0.formatted() }.joined(separator: " + ")
        column += painter.text(money.isEmpty ? "none" : money, row: row, column: column, width: width - column - 1, role: .fee)
        painter.text("   (\(Plural.count(state.rows.count, "entry")))", row: row, column: column, width: max(0, width - column - 1), role: .muted)
    }

    /// `2026-12-01 18:55` in local time.
    static func localTime(_ date: Date) -> String {
        let parts = Calendar.current.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0, parts.minute ?? 0)
    }

    /// `buy`-style verbs: `purchase`, `release`, `restore`, `route`, `detach`.
    private static func action(_ row: HistoryRow) -> String {
        switch row.kind {
        case .cancelRelease: "restore"
        case .assign: row.routeTo == nil ? "detach" : "route"
        case .purchase, .release: row.kind.rawValue
        }
    }

    /// The outcome; a routing change that went through names where the number routes now.
    private static func outcome(_ row: HistoryRow) -> String {
        guard row.kind == .assign, row.outcome == .assigned else { return row.outcome.label }
        return row.routeTo.map { "to \($0.name)" } ?? "detached"
    }

    private static func role(_ outcome: HistoryRow.Outcome) -> Role {
        switch outcome {
        case .bought, .released, .restored, .assigned: .free
        case .failed, .notBought, .notReleased, .notRestored, .notAssigned: .muted
        case .unknown: .warning
        }
    }
}
