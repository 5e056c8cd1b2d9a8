/// A named set of styles, one per `Role`, as loaded from a theme file.
public struct Theme: Sendable, Hashable {
    public var name: String
    public var summary: String
    /// Where the theme came from: `built-in` or a file path.
    public var source: String
    /// What the terminal's own colours are assumed to look like where a role says `default`
    /// (for contrast checks and sample output only; the terminal decides what shows).
    public var assumedForeground: RGB
    public var assumedBackground: RGB
    public var styles: [Role: RoleStyle]

    public init(
        name: String, summary: String = "", source: String = "built-in",
        assumedForeground: RGB = RGB(208, 208, 208), assumedBackground: RGB = RGB(0, 0, 0),
        styles: [Role: RoleStyle]
    ) {
        self.name = name
        self.summary = summary
        self.source = source
        self.assumedForeground = assumedForeground
        self.assumedBackground = assumedBackground
        self.styles = styles
    }

    /// The style of `role`; the terminal default when the theme lacks it.
    public subscript(role: Role) -> RoleStyle { styles[role] ?? RoleStyle() }

    /// A theme that uses only the terminal's colours and reverse video for the selection: the
    /// last resort when even the built-in default cannot be read.
    public static let fallback = Theme(
        name: "fallback", summary: "terminal colours only",
        styles: Dictionary(uniqueKeysWithValues: Role.allCases.map { role in
            let emphasis: TextAttributes = switch role {
            case .selected, .buttonFocused, .badge, .statusBar, .title: .reverse
            case .header, .dialogTitle, .error, .key: .bold
            case .muted, .buttonDisabled: .dim
            default: []
            }
            return (role, RoleStyle(attributes: emphasis, mono: emphasis))
        })
    )
}

/// How one role looks: colours and attributes in colour mode, attributes alone in monochrome.
public struct RoleStyle: Sendable, Hashable {
    public var foreground: ThemeColor
    public var background: ThemeColor
    public var attributes: TextAttributes
    /// Attributes used instead when there is no colour (NO_COLOR, `mono` level).
    public var mono: TextAttributes

    public init(
        foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault,
        attributes: TextAttributes = [], mono: TextAttributes = []
    ) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
        self.mono = mono
    }
}
