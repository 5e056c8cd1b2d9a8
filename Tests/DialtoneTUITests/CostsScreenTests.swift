import DialtoneCore
import DialtoneViewModels
import Foundation
import Testing

@testable import DialtoneTUI

/// The Costs screen (`4`) through the Canvas layer: bars per currency on their own scale, the
/// share routing nowhere drawn apart, the journal's last 12 months as sparklines, scrolling.
@MainActor
@Suite struct CostsScreenTests {
    static let small = Size(rows: 24, columns: 80)
    static let large = Size(rows: 40, columns: 120)

    /// Each row's runs of one role other than `base`: `3-14 accent`, so a golden pins colours.
    static func roleRuns(_ grid: GridCanvas) -> String {
        (0..<grid.size.rows).map { row in
            var runs: [String] = []
            var start = 0
            for column in 0...grid.size.columns {
                let role = column < grid.size.columns ? grid.role(row: row, column: column) : nil
                if column == grid.size.columns || role != grid.role(row: row, column: start) {
                    let previous = grid.role(row: row, column: start)
                    if previous != .base { runs.append("\(start)-\(column - 1) \(previous.rawValue)") }
                    start = column
                }
            }
            return String(format: "%02d ", row) + runs.joined(separator: ", ")
        }.joined(separator: "\n")
    }

    @Test func costsMatchGoldensInColourAndASCII() async throws {
        let model = try await CostsFixture.loadedModel()
        await CostsFixture.showCosts(model)
        for size in [Self.small, Self.large] {
            // The default theme at 256 colours: the roles are what the terminal colours.
            let (theme, _) = ThemeCatalog.load(name: "default", environment: [:])
            let colour = Fixtures.render(model.snapshot, size: size, styles: ColorMapper.resolve(theme, level: .palette256))
            Golden.check(colour.text, named: "costs-\(size.columns)x\(size.rows)-utf8")
            Golden.check(Self.roleRuns(colour), named: "costs-\(size.columns)x\(size.rows)-colour-roles")
            let ascii = Fixtures.render(model.snapshot, size: size, glyphs: .ascii)
            Golden.check(ascii.text, named: "costs-\(size.columns)x\(size.rows)-ascii")
            #expect(ascii.text.unicodeScalars.allSatisfy { $0.isASCII }, "ASCII mode draws only ASCII")
            #expect(ascii.text.contains("#") && ascii.text.contains("-"), "bars fall back to # and -")
        }
        // Scrolled to the end at 80×24: the journal's months as sparklines.
        model.setVisibleRows(AppRenderer.tableRows(in: Self.small))
        Fixtures.press([.end], on: model)
        let (theme, _) = ThemeCatalog.load(name: "default", environment: [:])
        let end = Fixtures.render(model.snapshot, size: Self.small, styles: ColorMapper.resolve(theme, level: .palette256))
        Golden.check(end.text, named: "costs-80x24-end-utf8")
        Golden.check(Self.roleRuns(end), named: "costs-80x24-end-colour-roles")
        let endASCII = Fixtures.render(model.snapshot, size: Self.small, glyphs: .ascii)
        Golden.check(endASCII.text, named: "costs-80x24-end-ascii")
        #expect(endASCII.text.contains("_") && endASCII.text.unicodeScalars.allSatisfy { $0.isASCII }, "sparklines fall back to _.-=#")
    }

    @Test func fourShowsEachCurrencyOnItsOwnScaleAndNeverAddsThemUp() async throws {
        let model = try await CostsFixture.loadedModel()
        Fixtures.press([.character("4")], on: model)
        await Fixtures.settle(model) { $0.costs.owned != nil && !$0.costs.isComputing }
        #expect(model.snapshot.screen == .costs)
        let owned = try #require(model.snapshot.costs.owned)
        #expect(owned.currencies.map(\.currency) == ["INR", "USD"])
        #expect(owned.numberCount == CostsFixture.numbers.count && owned.unpricedCount == 2)
        let inr = owned.currencies[0].total, usd = owned.currencies[1].total
        #expect(inr.total == Money(Decimal(string: "3598.50")!, "INR") && inr.routesNowhere == Money(Decimal(string: "1749.50")!, "INR"))
        #expect(usd.total == Money(19, "USD") && usd.routesNowhere == Money(Decimal(string: "7.00")!, "USD"))

        let grid = Fixtures.render(model.snapshot, size: Self.large)
        let text = grid.text
        #expect(text.contains("4 Costs") && text.contains("INR 3,598.50 a month · 12 numbers"))
        #expect(!text.contains("3,618.30"), "INR and USD are never added together")
        // The largest bucket of each currency fills the bar though INR 3,598.50 and USD 19.00
        // differ 190-fold: each currency has its own scale.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let india = try #require(lines.first { $0.contains("IN India") })
        let plivo = try #require(lines.first { $0.contains("Plivo ") })
        let cells = { (line: String) in line.filter { "█░".contains($0) }.count }
        #expect(cells(india) == cells(plivo) && cells(india) > 40)
    }

    @Test func theShareRoutingNowhereIsDrawnApartWithItsAmount() async throws {
        let model = try await CostsFixture.loadedModel()
        await CostsFixture.showCosts(model)
        let grid = Fixtures.render(model.snapshot, size: Self.large)
        let lines = grid.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let row = try #require(lines.firstIndex { $0.contains("Vobiz ") })
        let line = Array(lines[row])
        let shade = try #require(line.firstIndex(of: "░"))
        #expect(grid.role(row: row, column: shade) == .warning)
        #expect(grid.role(row: row, column: line.firstIndex(of: "█")!) == .fee)
        #expect(lines[row].contains("░ INR 1,500.00"), "the amount routing nowhere is written out: \(lines[row])")
        #expect(grid.text.contains("░ INR 1,749.50 routes nowhere (48.6%)"))
        let trunked = try #require(lines.first { $0.contains("    mobile ") })
        #expect(!trunked.contains("░"), "a group whose every number routes somewhere has no shaded part")
    }

    @Test func theLast12MonthsShowPurchasesAndReleaseFeesLessRefunds() async throws {
        let model = try await CostsFixture.loadedModel()
        await CostsFixture.showCosts(model)
        let months = model.snapshot.costs.months
        #expect(months.starts.count == 12)
        let usd = try #require(months.currencies.first { $0.currency == "USD" })
        let inr = try #require(months.currencies.first { $0.currency == "INR" })
        // The failed purchase counts nothing.
        #expect(usd.purchaseTotal == Money(Decimal(string: "16.30")!, "USD"))
        #expect(usd.purchases.last == Decimal(string: "1.80"))
        // INR 900 + 900 was 14 months ago: outside the 12.
        #expect(inr.purchaseTotal == Money(Decimal(string: "2199.50")!, "INR"))
        #expect(inr.releaseTotal == Money(75, "INR"), "two fees of 75, one refunded")
        model.setVisibleRows(AppRenderer.tableRows(in: Self.large))
        Fixtures.press([.end], on: model)
        let text = Fixtures.render(model.snapshot, size: Self.large).text
        #expect(text.contains("purchases") && text.contains("USD 16.30") && text.contains("INR 75.00"))
        #expect(text.contains("Jul 2024 – Jun 2025"))
    }

    @Test func keysScrollTheLinesAndStopAtTheLastOne() async throws {
        let model = try await CostsFixture.loadedModel()
        await CostsFixture.showCosts(model)
        model.setVisibleRows(AppRenderer.tableRows(in: Self.small))
        let lineCount = model.snapshot.costs.lines.count
        let visible = AppRenderer.tableRows(in: Self.small)
        #expect(lineCount > visible, "the fixture is taller than 80×24")
        Fixtures.press([.character("j"), .character("j")], on: model)
        #expect(model.snapshot.costs.top == 2)
        Fixtures.press([.character("k")], on: model)
        #expect(model.snapshot.costs.top == 1)
        Fixtures.press([.pageDown], on: model)
        #expect(model.snapshot.costs.top == min(1 + visible, lineCount - visible))
        Fixtures.press([.character("G")], on: model)
        #expect(model.snapshot.costs.top == lineCount - visible)
        Fixtures.press([.character("j")], on: model)
        #expect(model.snapshot.costs.top == lineCount - visible, "no scrolling past the last line")
        let bottom = Fixtures.render(model.snapshot, size: Self.small).text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(bottom[21].contains("Jul 2024 – Jun 2025"), "the last line sits on the last body row")
        Fixtures.press([.character("g")], on: model)
        #expect(model.snapshot.costs.top == 0)
    }

    @Test func costsNeverOpensAPickerOrBuys() async throws {
        let model = try await CostsFixture.loadedModel()
        await CostsFixture.showCosts(model)
        Fixtures.press([.character("c"), .character("/"), .character("b"), .character("t"), .enter], on: model)
        #expect(model.snapshot.overlays.isEmpty && model.snapshot.screen == .costs)
        #expect(model.snapshot.purchase.phase == .idle)
        Fixtures.press([.tab], on: model)
        #expect(model.snapshot.screen == .inventory)
    }
}
