/// `dialtone themes show NAME`: every role drawn in its style with its definition beside it.
extension ThemeCatalog {
    /// One line per role: a styled sample (SGR escapes for `level`; none at `.mono` unless the
    /// role has mono attributes) followed by the role's fg, bg, attrs and mono list.
    public static func sample(_ theme: Theme, level: ColorLevel) -> String {
        let resolved = ColorMapper.resolve(theme, level: level)
        var lines = ["\(theme.name) — \(theme.summary) (\(theme.source), \(level.rawValue))"]
        let width = Role.allCases.map(\.rawValue.count).max() ?? 0
        for role in Role.allCases {
            let style = theme[role]
            let label = " \(role.rawValue.padding(toLength: width, withPad: " ", startingAt: 0)) "
            let ratio = Contrast.ratio(of: role, in: theme)
            let facts = [
                "fg=\(style.foreground)", "bg=\(style.background)",
                "attrs=\(style.attributes.nameList.joined(separator: ","))",
                "mono=\(style.mono.nameList.joined(separator: ","))",
                "contrast=\(Int(ratio * 10) / 10).\(Int(ratio * 10) % 10):1",
            ]
            lines.append(SGR.sequence(resolved[role], level: level) + label + SGR.reset + "  " + facts.joined(separator: " "))
        }
        return lines.joined(separator: "\n")
    }
}

/// ANSI select-graphic-rendition escapes for printing styled text outside curses.
enum SGR {
    static let reset = "\u{1B}[0m"

    static func sequence(_ style: CellStyle, level: ColorLevel) -> String {
        var codes: [String] = []
        for (attribute, code) in [(TextAttributes.bold, "1"), (.dim, "2"), (.italic, "3"), (.underline, "4"), (.reverse, "7"), (.standout, "7")]
        where style.attributes.contains(attribute) {
            codes.append(code)
        }
        if style.foreground >= 0 { codes.append(color(style.foreground, level: level, base: 30)) }
        if style.background >= 0 { codes.append(color(style.background, level: level, base: 40)) }
        return codes.isEmpty ? "" : "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    private static func color(_ value: Int, level: ColorLevel, base: Int) -> String {
        if value < 8 { return "\(base + value)" }
        if level == .direct { return "\(base + 8);2;\(value >> 16);\((value >> 8) & 0xFF);\(value & 0xFF)" }
        if value < 16 && level <= .ansi16 { return "\(base + 60 + value - 8)" }
        return "\(base + 8);5;\(value)"
    }
}
