import DialtoneCore
import Foundation

/// How one horizontal bar is drawn in `cells` columns: the routed part in eighths of a cell,
/// then the part routing nowhere in whole cells, so even a small share of it stays visible.
struct CostBarShape: Equatable {
    /// The routed part's glyphs.
    var routed: String
    /// The routing-nowhere part's glyphs.
    var nowhere: String

    /// The bar of `total` (of which `nowhere` routes nowhere) on a scale where `scale` fills
    /// `cells`. Amounts stay `Decimal`; only the fraction of the width is a `Double`.
    init(total: Decimal, nowhere: Decimal, scale: Decimal, cells: Int, glyphs: ChartGlyphs) {
        guard cells > 0, scale > 0, total > 0 else {
            self.init(routed: "", nowhere: "")
            return
        }
        let eighths = { (amount: Decimal) in Int((Self.fraction(amount, of: scale) * Double(cells * 8)).rounded()) }
        let nowhereCells = nowhere > 0 ? min(cells, max(1, Int((Double(eighths(nowhere)) / 8).rounded()))) : 0
        let routedAmount = total - max(0, nowhere)
        var routedEighths = min(eighths(total) - eighths(max(0, nowhere)), (cells - nowhereCells) * 8)
        if routedAmount > 0 { routedEighths = max(routedEighths, 1) }
        self.init(routed: Self.blocks(routedEighths, glyphs: glyphs), nowhere: String(repeating: glyphs.nowhere, count: nowhereCells))
    }

    init(routed: String, nowhere: String) {
        self.routed = routed
        self.nowhere = nowhere
    }

    /// `eighths` of cells as whole cells and one partial cell; at least the smallest visible
    /// partial when there is anything at all.
    private static func blocks(_ eighths: Int, glyphs: ChartGlyphs) -> String {
        guard eighths > 0 else { return "" }
        let whole = String(repeating: glyphs.full, count: eighths / 8)
        let partial = eighths % 8 == 0 ? "" : glyphs.partials[eighths % 8 - 1]
        if whole.isEmpty && partial.isEmpty { return glyphs.partials.first { !$0.isEmpty } ?? "" }
        return whole + partial
    }

    /// `amount / scale` as a fraction for drawing, clamped to 0…1.
    static func fraction(_ amount: Decimal, of scale: Decimal) -> Double {
        guard scale > 0 else { return 0 }
        return min(1, max(0, NSDecimalNumber(decimal: amount / scale).doubleValue))
    }
}
