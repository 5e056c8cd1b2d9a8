/// How many colours the terminal can show, which decides how theme colours are mapped.
public enum ColorLevel: String, Sendable, Hashable, CaseIterable, Comparable {
    /// No colour: NO_COLOR is set or the terminal has none. Themes' `mono` attributes only.
    case mono
    /// The 8 basic ANSI colours.
    case ansi8
    /// 16 ANSI colours (bright variants too), like the Linux console.
    case ansi16
    /// The xterm 256-colour palette.
    case palette256
    /// 24-bit colour from a direct-colour terminfo entry (`xterm-direct`).
    case direct

    /// The level for a terminal reporting `colors` colours (ncurses' `COLORS`).
    public init(terminalColors colors: Int) {
        switch colors {
        case 0x1000000...: self = .direct
        case 256...: self = .palette256
        case 16...: self = .ansi16
        case 8...: self = .ansi8
        default: self = .mono
        }
    }

    public static func < (lhs: ColorLevel, rhs: ColorLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A role's style as the terminal receives it: colour numbers (−1 = terminal default) and
/// attributes.
public struct CellStyle: Sendable, Hashable {
    public var foreground: Int
    public var background: Int
    public var attributes: TextAttributes

    public init(foreground: Int = -1, background: Int = -1, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}

/// Every role's `CellStyle` for one theme at one colour level.
public struct ResolvedStyles: Sendable, Hashable {
    public var level: ColorLevel
    public var styles: [Role: CellStyle]

    public init(level: ColorLevel, styles: [Role: CellStyle]) {
        self.level = level
        self.styles = styles
    }

    public subscript(role: Role) -> CellStyle { styles[role] ?? CellStyle() }

    /// Terminal defaults everywhere: what a grid canvas records when styles do not matter.
    public static let unstyled = ResolvedStyles(level: .mono, styles: [:])
}
