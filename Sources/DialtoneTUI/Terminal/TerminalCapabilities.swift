/// What the terminal can show, decided from the environment, the locale and terminfo.
public struct TerminalCapabilities: Sendable, Hashable {
    public var colorLevel: ColorLevel
    public var glyphs: GlyphSet

    public init(colorLevel: ColorLevel, glyphs: GlyphSet) {
        self.colorLevel = colorLevel
        self.glyphs = glyphs
    }

    /// Terminal types whose fonts lack box drawing or that mangle UTF-8 line graphics.
    static let limitedTerminals = ["vt52", "vt100", "vt102", "vt220", "vt320", "linux", "ansi", "cons25", "pcansi", "sun"]

    /// Decides colour level and glyphs.
    ///
    /// - `NO_COLOR` (any non-empty value) or a terminal without colours → `.mono`.
    /// - Otherwise terminfo's colour count decides; a direct-colour entry (`xterm-direct`)
    ///   gives exact `#rrggbb`. `COLORTERM=truecolor` on a 256-colour entry still maps to the
    ///   256 palette: redefining palette slots would leak into the user's terminal after exit.
    /// - ASCII glyphs when the locale is not UTF-8 or TERM is one of `limitedTerminals`.
    public static func decide(
        options: TUIOptions, localeIsUTF8: Bool, hasColors: Bool, terminalColors: Int
    ) -> TerminalCapabilities {
        let env = options.environment
        let noColor = !(env["NO_COLOR"] ?? "").isEmpty
        let detected: ColorLevel = noColor || !hasColors ? .mono : ColorLevel(terminalColors: terminalColors)
        let term = (env["TERM"] ?? "").lowercased()
        let limited = limitedTerminals.contains { term == $0 || term.hasPrefix($0 + "-") }
        let ascii = options.ascii ?? (!localeIsUTF8 || limited)
        return TerminalCapabilities(colorLevel: options.colorLevel ?? detected, glyphs: ascii ? .ascii : .unicode)
    }
}
