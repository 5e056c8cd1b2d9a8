import Foundation
import DialtoneCore
import DialtoneViewModels

/// Numbers already owned across every profile: status colours, and the monthly total per
/// currency under the table.
enum OwnedScreen {
    static let columns = [
        TableColumn("Number", min: 16, ideal: 18),
        TableColumn("CC", min: 2, ideal: 3, dropOrder: 3),
        TableColumn("Location", min: 8, ideal: 24, dropOrder: 5, grows: true),
        TableColumn("Status", min: 6, ideal: 27, dropOrder: 1),
        TableColumn("Monthly", min: 12, ideal: 13, alignRight: true),
        // Where calls go outranks the place: a number that routes nowhere costs and answers nothing.
        TableColumn("Routes to", min: 9, ideal: 18, dropOrder: 4),
        TableColumn("Provider", min: 5, ideal: 8, dropOrder: 2, hidesWhenEmpty: true),
        TableColumn("Profile", min: 7, ideal: 16, dropOrder: 6),
        TableColumn("Label", min: 6, ideal: 20, dropOrder: 7, hidesWhenEmpty: true),
    ]

    /// Below this width the label (last column, shown in details) is left out: squeezed to a
    /// few letters it would take the room that lets the status and where the number routes read whole.
    static let labelNeedsWidth = 100

    static func draw(_ snapshot: AppSnapshot, frame: FrameState, in rect: Rect, painter: Painter) {
        let state = snapshot.owned
        let tableRect = Rect(top: rect.top, left: rect.left, height: rect.height - 1, width: rect.width)
        let providers = Set(snapshot.profiles.map(\.provider))
        table(state, glyphs: frame.glyphs, now: frame.now, showsProvider: providers.count > 1, width: rect.width).draw(in: tableRect, painter: painter)
        totals(state, row: rect.bottom - 1, width: rect.width, painter: painter)
        if snapshot.overlays.contains(.detail), let row = state.selected {
            DetailOverlay.draw(NumberDetail.lines(for: row, now: frame.now, timeZone: frame.timeZone), in: rect, painter: painter)
        }
    }

    /// The owned table `width` columns wide; with `showsProvider` (profiles of several providers)
    /// each row names its provider. `now` counts down release cooldowns.
    static func table(_ state: OwnedState, glyphs: GlyphSet, now: Date, showsProvider: Bool = false, width: Int = labelNeedsWidth) -> TableView {
        let rows = state.rows
        let routes = state.routes
        let search = state.filter.text
        let shown = width < labelNeedsWidth ? Array(columns.dropLast()) : columns
        var table = TableView(columns: shown, rowCount: rows.count, selectedIndex: state.selectedIndex, emptyMessage: emptyMessage(state)) { index in
            let row = rows[index], number = row.number
            let shown = NumberFormatting.readable(number.e164, country: number.country)
            return [
                TableCell(shown, emphasis: search.isEmpty ? [] : SearchMatch.positions(in: shown, search: search, mode: .substring)),
                TableCell(number.country),
                TableCell(NumberFormatting.place(region: number.region, city: number.city, besideCountry: number.country) ?? glyphs.absent, role: .muted),
                TableCell(NumberFormatting.status(number, now: now), role: NumberDetail.statusRole(number.status)),
                TableCell(number.monthlyFee?.formatted() ?? glyphs.absent, role: number.monthlyFee.map(NumberDetail.feeRole) ?? .muted),
                routes.label(of: number.route, profile: row.profile).map { TableCell($0) } ?? TableCell(glyphs.absent, role: .muted),
                TableCell(showsProvider ? number.provider.displayName : ""),
                TableCell(row.profile),
                TableCell(number.label ?? "", role: .muted),
            ]
        }
        let marks = state.marks
        if !marks.isEmpty { table.isMarked = { marks.contains(rows[$0].key) } }
        return table
    }

    /// Why the table is empty: loading, what failed (with the key that helps), or nothing owned or matching.
    static func emptyMessage(_ state: OwnedState) -> String {
        if state.isLoading { return "loading…" }
        if state.totalCount == 0, let failure = state.failures.first {
            let others = state.failures.count > 1 ? " and \(state.failures.count - 1) more" : ""
            return "\(failure.error.description)\nprofile \(failure.profile)\(others) · r retries"
        }
        return state.totalCount == 0 ? "no numbers owned yet" : "no numbers match the filter"
    }

    /// `Monthly total  USD 24.00 + INR 1,500.00   (12 of 340 numbers)`.
    static func totals(_ state: OwnedState, row: Int, width: Int, painter: Painter) {
        painter.fill(Rect(top: row, left: 0, height: 1, width: width), role: .base)
        var column = 2
        column += painter.text("Monthly total  ", row: row, column: column, role: .muted)
        let money = state.monthlyTotals.map { $0.formatted() }.joined(separator: " + ")
        column += painter.text(money.isEmpty ? "none" : money, row: row, column: column, width: width - column - 1, role: .fee)
        column += painter.text("   (\(state.countLabel))", row: row, column: column, width: max(0, width - column - 1), role: .muted)
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
