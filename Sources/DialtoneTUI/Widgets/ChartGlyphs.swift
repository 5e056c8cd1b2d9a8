/// The glyphs bars and sparklines are drawn with: Unicode eighth blocks, or ASCII marks when
/// the glyph set is ASCII (LANG=C, `--ascii`, a poor TERM).
struct ChartGlyphs: Sendable, Hashable {
    /// A bar's last cell by how many eighths of it are filled, `partials[0]` for one eighth;
    /// `partials[7]` is a full cell. An empty string draws nothing for that fraction.
    var partials: [String]
    /// The cells of a bar paid for numbers that route nowhere.
    var nowhere: String
    /// Sparkline levels for amounts above zero, lowest first.
    var levels: [String]
    /// A month with nothing (or less than nothing) counted.
    var zero: String

    var full: String { partials[7] }

    static let unicode = ChartGlyphs(
        partials: ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"], nowhere: "░",
        levels: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"], zero: "·")

    /// `#` whole cells, `=` at least half of one; `-` routes nowhere; sparkline `_.-=#`.
    static let ascii = ChartGlyphs(
        partials: ["", "", "", "=", "=", "=", "=", "#"], nowhere: "-", levels: [".", "-", "=", "#"], zero: "_")

    static func of(_ glyphs: GlyphSet) -> ChartGlyphs { glyphs.isASCII ? .ascii : .unicode }
}
