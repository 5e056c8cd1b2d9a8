import Foundation
import Testing

@testable import DialtoneTUI

/// Bars in eighths of a cell with the share routing nowhere apart; sparklines per level.
struct CostChartTests {
    @Test func aBarFillsItsCellsInEighthsAndTheShareRoutingNowhereInWholeCells() {
        let half = CostBarShape(total: 50, nowhere: 0, scale: 100, cells: 10, glyphs: .unicode)
        #expect(half == CostBarShape(routed: "█████", nowhere: ""))
        let partial = CostBarShape(total: Decimal(string: "53.75")!, nowhere: 0, scale: 100, cells: 10, glyphs: .unicode)
        #expect(partial.routed == "█████▍", "5.375 cells: five and three eighths")
        let split = CostBarShape(total: 100, nowhere: 30, scale: 100, cells: 10, glyphs: .unicode)
        #expect(split == CostBarShape(routed: "███████", nowhere: "░░░"))
        let all = CostBarShape(total: 40, nowhere: 40, scale: 100, cells: 10, glyphs: .unicode)
        #expect(all == CostBarShape(routed: "", nowhere: "░░░░"))
    }

    @Test func aTinyAmountStillShowsAndNothingPassesTheWidth() {
        let tiny = CostBarShape(total: Decimal(string: "0.01")!, nowhere: Decimal(string: "0.001")!, scale: 1000, cells: 10, glyphs: .unicode)
        #expect(tiny == CostBarShape(routed: "▏", nowhere: "░"))
        let ascii = CostBarShape(total: Decimal(string: "0.01")!, nowhere: 0, scale: 1000, cells: 10, glyphs: .ascii)
        #expect(ascii.routed == "=")
        let over = CostBarShape(total: 100, nowhere: Decimal(string: "0.01")!, scale: 100, cells: 10, glyphs: .unicode)
        #expect(over.routed.count + over.nowhere.count == 10 && over.nowhere == "░")
        #expect(CostBarShape(total: 0, nowhere: 0, scale: 100, cells: 10, glyphs: .unicode) == CostBarShape(routed: "", nowhere: ""))
    }

    @Test func asciiBarsUseHashesEqualsAndDashes() {
        let bar = CostBarShape(total: 75, nowhere: 20, scale: 100, cells: 10, glyphs: .ascii)
        #expect(bar == CostBarShape(routed: "#####=", nowhere: "--"))
    }

    @Test func aSparklineScalesToItsLargestValueAndMarksQuietMonths() {
        let values: [Decimal] = [0, 1, 2, 4, 8, -3]
        #expect(Sparkline.glyphs(values, glyphs: .unicode) == ["·", "▁", "▂", "▄", "█", "·"])
        #expect(Sparkline.glyphs(values, glyphs: .ascii) == ["_", ".", ".", "-", "#", "_"])
        #expect(Sparkline.glyphs([0, 0], glyphs: .unicode) == ["·", "·"])
    }
}
