import DialtoneCore
import DialtoneViewModels
import Foundation

/// Monthly cost of the owned numbers per currency as horizontal bars (by provider, account,
/// country and type; each currency on its own scale, the share routing nowhere drawn apart),
/// then the journal's last 12 months as sparklines. The heading row stays; the lines scroll.
enum CostsScreen {
    static func draw(_ state: CostsState, frame: FrameState, in rect: Rect, painter: Painter) {
        let chart = ChartGlyphs.of(frame.glyphs)
        let visible = max(0, rect.height - 1)
        heading(state, visible: visible, chart: chart, row: rect.top, width: rect.width, painter: painter)
        let columns = BarColumns(state.lines, width: rect.width, chart: chart)
        let top = min(state.top, max(0, state.lines.count - visible))
        for (offset, line) in state.lines.dropFirst(top).prefix(visible).enumerated() {
            draw(line, row: rect.top + 1 + offset, columns: columns, chart: chart, painter: painter)
        }
    }

    /// `Monthly cost by currency` with the legend and, when the lines do not fit, where they are.
    private static func heading(_ state: CostsState, visible: Int, chart: ChartGlyphs, row: Int, width: Int, painter: Painter) {
        painter.text("Monthly cost by currency", row: row, column: 1, role: .header)
        var right: [(String, Role)] = [(chart.full, .fee), (" routed  ", .muted), (chart.nowhere, .warning), (" routes nowhere", .muted)]
        if state.lines.count > visible {
            let first = min(state.top, state.lines.count - visible) + 1
            right.append(("   lines \(first)-\(first + visible - 1) of \(state.lines.count)", .muted))
        }
        var column = width - 1 - right.reduce(0) { $0 + painter.displayable($1.0).displayWidth }
        for (text, role) in right where column > 26 {
            column += painter.text(text, row: row, column: column, role: role)
        }
    }

    private static func draw(_ line: CostsLine, row: Int, columns: BarColumns, chart: ChartGlyphs, painter: Painter) {
        let width = painter.size.columns
        switch line {
        case .currency(let all):
            var column = 1
            column += painter.text(all.total.formatted(), row: row, column: column, role: .accent)
            column += painter.text(" a month · \(Plural.count(all.count, "number"))", row: row, column: column, role: .muted)
            guard all.routesNowhere.amount > 0 else { return }
            let share = String(format: "%.1f%%", CostBarShape.fraction(all.routesNowhere.amount, of: all.total.amount) * 100)
            column += painter.text(" · ", row: row, column: column, role: .muted)
            painter.text("\(chart.nowhere) \(all.routesNowhere.formatted()) routes nowhere (\(share))", row: row, column: column, role: .warning)
        case .heading(let text):
            painter.text(text, row: row, column: 2, role: .header)
        case .note(let text):
            painter.text(text, row: row, column: 2, role: .muted)
        case .blank:
            break
        case .bar(let bucket, let scale):
            bar(bucket, scale: scale, row: row, columns: columns, chart: chart, painter: painter)
        case .trend(let trend):
            var column = 2
            column += painter.text((trend.currency ?? "").padding(toLength: 4, withPad: " ", startingAt: 0), row: row, column: column, role: .accent)
            column += painter.text(trend.label.padding(toLength: 10, withPad: " ", startingAt: 0), row: row, column: column, role: .muted)
            for glyph in Sparkline.glyphs(trend.values, glyphs: chart) {
                column += painter.text(glyph, row: row, column: column, role: glyph == chart.zero ? .muted : .fee)
            }
            painter.text("  " + trend.total.formatted(), row: row, column: column, width: max(0, width - column - 1), role: NumberDetail.feeRole(trend.total))
        case .monthAxis(let months):
            let initials = months.map { String($0.prefix(1)) }.joined()
            let span = [months.first, months.last].compactMap { $0 }.joined(separator: " – ")
            painter.text(initials + "  " + span, row: row, column: 16, role: .muted)
        }
    }

    /// `Vobiz            ██████████▌░░  USD 1,000.00  ░ USD 50.00`.
    private static func bar(_ bucket: CostBucket, scale: Decimal, row: Int, columns: BarColumns, chart: ChartGlyphs, painter: Painter) {
        painter.text(bucket.label, row: row, column: columns.label, width: columns.labelWidth, role: .base)
        let shape = CostBarShape(
            total: bucket.total.amount, nowhere: bucket.routesNowhere.amount, scale: scale, cells: columns.barCells, glyphs: chart)
        let drawn = painter.text(shape.routed, row: row, column: columns.bar, role: .fee)
        painter.text(shape.nowhere, row: row, column: columns.bar + drawn, role: .warning)
        painter.text(bucket.total.formatted(), row: row, column: columns.amount, width: columns.amountWidth, role: .fee, alignRight: true)
        if bucket.routesNowhere.amount > 0 {
            painter.text("\(chart.nowhere) \(bucket.routesNowhere.formatted())", row: row, column: columns.nowhere, role: .warning)
        }
    }
}

/// Where a bar line's parts go: the same columns for every bar of the screen, so amounts line
/// up across currencies and nothing moves while scrolling.
struct BarColumns {
    let label = 4
    let labelWidth: Int
    let bar: Int
    let barCells: Int
    let amount: Int
    let amountWidth: Int
    let nowhere: Int

    init(_ lines: [CostsLine], width: Int, chart: ChartGlyphs) {
        var amountWidth = 0
        var nowhereWidth = 0
        for case .bar(let bucket, _) in lines {
            amountWidth = max(amountWidth, bucket.total.formatted().count)
            if bucket.routesNowhere.amount > 0 { nowhereWidth = max(nowhereWidth, bucket.routesNowhere.formatted().count + 2) }
        }
        labelWidth = width >= 120 ? 24 : 16
        bar = label + labelWidth + 1
        let tail = 2 + amountWidth + (nowhereWidth > 0 ? 2 + nowhereWidth : 0) + 1
        barCells = max(4, width - bar - tail)
        amount = bar + barCells + 2
        self.amountWidth = amountWidth
        nowhere = amount + amountWidth + 2
    }
}
