import Foundation

/// One glyph per value, scaled so the largest value is the highest level; values of zero or
/// less are drawn as `zero`, so a quiet month never looks like a small one.
enum Sparkline {
    static func glyphs(_ values: [Decimal], glyphs: ChartGlyphs) -> [String] {
        let largest = values.max() ?? 0
        return values.map { value in
            guard value > 0, largest > 0 else { return glyphs.zero }
            let level = Int((CostBarShape.fraction(value, of: largest) * Double(glyphs.levels.count)).rounded(.up))
            return glyphs.levels[min(max(level, 1), glyphs.levels.count) - 1]
        }
    }
}
