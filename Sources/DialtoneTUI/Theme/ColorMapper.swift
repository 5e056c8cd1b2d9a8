/// Maps a theme to what a terminal of a given `ColorLevel` can show.
public enum ColorMapper {
    /// Every role's terminal style for `theme` at `level`.
    ///
    /// At 8 or 16 colours two backgrounds may collapse into one (dark greys all become black);
    /// a role that then looks like plain text gets its `mono` attributes added so a selection
    /// or a button stays visible.
    public static func resolve(_ theme: Theme, level: ColorLevel) -> ResolvedStyles {
        var styles: [Role: CellStyle] = [:]
        let base = theme[.base]
        let baseBackground = color(base.background, level: level)
        for role in Role.allCases {
            let style = theme[role]
            guard level != .mono else {
                styles[role] = CellStyle(attributes: style.mono)
                continue
            }
            var cell = CellStyle(
                foreground: color(style.foreground, level: level),
                background: color(style.background, level: level),
                attributes: style.attributes
            )
            let collapsed = cell.background == baseBackground && style.background != base.background
            let invisible = cell.foreground == cell.background && cell.foreground >= 0
            if level <= .ansi16, collapsed || invisible {
                cell.attributes.formUnion(style.mono)
                if invisible { cell.foreground = -1 }
            }
            styles[role] = cell
        }
        return ResolvedStyles(level: level, styles: styles)
    }

    /// The terminal colour number for `color` at `level` (−1 = terminal default).
    public static func color(_ color: ThemeColor, level: ColorLevel) -> Int {
        switch (color, level) {
        case (.terminalDefault, _), (_, .mono): return -1
        case (.ansi(let index), .ansi8): return index % 8
        case (.ansi(let index), .direct), (.indexed(let index), .direct):
            return index < 8 ? index : max(Palette.xterm256[index].packed, 8)
        case (.ansi(let index), _): return index
        case (.indexed(let index), .palette256): return index
        case (.indexed(let index), _): return low(Palette.xterm256[index], level: level)
        case (.rgb(let rgb), .direct): return max(rgb.packed, 8)  // 0–7 select ANSI colours in xterm-direct
        case (.rgb(let rgb), .palette256): return Palette.nearest256(rgb)
        case (.rgb(let rgb), _): return low(rgb, level: level)
        }
    }

    private static func low(_ rgb: RGB, level: ColorLevel) -> Int {
        level == .ansi8 ? Palette.nearest8(rgb) : Palette.nearest16(rgb)
    }

    /// The RGB a role's colour shows as in 256-colour mode, with `default` read as the theme's
    /// assumed terminal colour (for contrast checks and samples).
    public static func displayedRGB(_ color: ThemeColor, theme: Theme, isForeground: Bool) -> RGB {
        switch color {
        case .terminalDefault: isForeground ? theme.assumedForeground : theme.assumedBackground
        default: Palette.xterm256[self.color(color, level: .palette256)]
        }
    }
}
