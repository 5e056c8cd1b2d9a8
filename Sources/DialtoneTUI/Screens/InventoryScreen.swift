import DialtoneCore
import DialtoneViewModels
import Foundation

/// The inventory table, with the selected number's details in a side pane when the terminal
/// is wide enough (≥ 120 columns) and in a box when details are asked for on a narrow one.
enum InventoryScreen {
    /// Width from which the detail pane sits beside the table.
    static let detailPaneMinimumWidth = 120

    /// The detail pane's width: it depends on the terminal's width alone, never on the rows, so
    /// paging or moving never moves the pane (a moved pane repaints whole). 46 columns at 120
    /// read a country's name and a listing date whole; wider terminals give it up to 64.
    static func detailPaneWidth(for width: Int) -> Int { min(64, max(46, width / 3 + 6)) }

    /// Columns whose usual widest value is known keep that width; the place, of any length,
    /// comes last and takes what is left, so neither a longer place nor a shorter one moves a
    /// column. The country column is left out when the query names the country, as every row
    /// then holds it (k9s leaves out the namespace column in the same way).
    static let columns = [
        TableColumn("Number", min: 16, ideal: 17, keepsIdeal: true),
        TableColumn("CC", min: 2, ideal: 2, dropOrder: 2, hidesWhenEmpty: true, keepsIdeal: true),
        TableColumn("Type", min: 5, ideal: 9, dropOrder: 4, hidesWhenEmpty: true, keepsIdeal: true),
        TableColumn("Caps", min: 4, ideal: 4, dropOrder: 3, keepsIdeal: true),
        TableColumn("Setup", min: 12, ideal: 13, dropOrder: 1, alignRight: true),
        TableColumn("Monthly", min: 12, ideal: 13, alignRight: true),
        TableColumn("Location", min: 8, ideal: 28, dropOrder: 5, grows: true),
    ]

    static func draw(_ snapshot: AppSnapshot, frame: FrameState, in rect: Rect, painter: Painter) {
        let state = snapshot.inventory
        let showPane = rect.width >= detailPaneMinimumWidth
        let merged = snapshot.allProviders
        var table = merged.isActive ? MergedInventoryTable.table(merged, glyphs: frame.glyphs) : table(state, glyphs: frame.glyphs, now: frame.now)
        if let memory = frame.columnMemory {
            // One listing: the provider, the query but its page, and whether all providers are merged.
            let listing = "\(state.provider?.rawValue ?? "-") \(merged.isActive) \(state.query.onPage(1))"
            table.widen = { memory.widest($0, for: listing) }
        }
        let paneWidth = detailPaneWidth(for: rect.width)
        let tableRect = Rect(top: rect.top, left: rect.left, height: rect.height, width: rect.width - (showPane ? paneWidth + 1 : 0))
        table.draw(in: tableRect, painter: painter)
        guard let number = merged.isActive ? merged.selected?.number : state.selected else { return }
        let lines = merged.isActive
            ? NumberDetail.lines(for: number, profile: merged.selected?.profile, fetchedAt: nil, now: frame.now, timeZone: frame.timeZone)
            : NumberDetail.lines(for: number, fetchedAt: state.fetchedAt, now: frame.now, timeZone: frame.timeZone)
        if showPane {
            let pane = Rect(top: rect.top, left: tableRect.right + 1, height: rect.height, width: paneWidth)
            painter.box(pane, title: "Details", fill: .base, titleRole: .header)
            NumberDetail.draw(lines, in: pane.inset(1).insetHorizontally(1), painter: painter, fill: .base, widestLabel: NumberDetail.widestPaneLabel)
        } else if snapshot.overlays.contains(.detail) {
            DetailOverlay.draw(lines, in: rect, painter: painter)
        }
    }

    /// - Parameter now: counts a waiting retry down in the empty body.
    static func table(_ state: InventoryState, glyphs: GlyphSet, now: Date? = nil) -> TableView {
        let rows = state.rows
        let search = state.query.search
        let marks = state.marks
        var table = TableView(columns: columns, rowCount: rows.count, selectedIndex: state.selectedIndex, emptyMessage: InventoryBody.message(state, now: now)) { index in
            let number = rows[index]
            let readable = NumberFormatting.readable(number.e164, country: number.country)
            let matched = search.isEmpty
                ? [] : SearchMatch.positions(in: readable, search: search, mode: SearchMatch.mode(for: number.provider, country: number.country))
            return [
                TableCell(readable, role: marks.contains(number.e164) ? .accent : nil, emphasis: matched),
                TableCell(state.query.country == nil ? number.country : ""),
                TableCell(number.type == .other("") ? glyphs.absent : number.type.label),
                TableCell(capabilityLetters(number.capabilities, glyphs: glyphs)),
                TableCell(NumberFormatting.fee(number.setupFee), role: NumberDetail.feeRole(number.setupFee)),
                TableCell(NumberFormatting.fee(number.monthlyFee), role: NumberDetail.feeRole(number.monthlyFee)),
                // Plain, not muted: each attribute change costs bytes on every row repaint (≤ 300 B a move).
                TableCell(NumberFormatting.place(region: number.region, city: number.city, besideCountry: number.country) ?? glyphs.absent),
            ]
        }
        if !marks.isEmpty { table.isMarked = { marks.contains(rows[$0].e164) } }
        return table
    }

    /// `VS··`: one letter per capability (voice, sms, mms, fax), a dot where absent, `?` unknown.
    static func capabilityLetters(_ capabilities: Capabilities?, glyphs: GlyphSet) -> String {
        guard let capabilities else { return "?" }
        let dot = glyphs.isASCII ? "-" : "·"
        return zip(Capability.allCases, ["V", "S", "M", "F"]).map { capabilities.has($0) ? $1 : dot }.joined()
    }
}

/// Details of the selected row in a centred box (narrow terminals).
enum DetailOverlay {
    static func draw(_ lines: [NumberDetail.Line], in area: Rect, painter: Painter) {
        let box = area.centred(height: min(area.height, lines.count + 2), width: min(area.width - 4, 64))
        painter.box(box, title: "Details")
        NumberDetail.draw(lines, in: box.inset(1).insetHorizontally(1), painter: painter)
    }
}

extension Rect {
    /// This rectangle narrowed by `by` columns on the left and right.
    func insetHorizontally(_ by: Int) -> Rect { Rect(top: top, left: left + by, height: height, width: width - 2 * by) }
}
