import Foundation

/// How the terminal front end should look: theme and overrides of what the terminal reports.
public struct TUIOptions: Sendable {
    /// Theme name from `--theme` or the config (`ThemeCatalog.names`).
    public var themeName: String
    /// Forces a colour level (e.g. `.mono` for `--no-color`); `nil` asks the terminal.
    public var colorLevel: ColorLevel?
    /// `true` forces ASCII glyphs, `false` forces Unicode; `nil` decides from locale and TERM.
    public var ascii: Bool?
    /// The process environment (TERM, NO_COLOR, COLORTERM, ESCDELAY, XDG_CONFIG_HOME, HOME).
    public var environment: [String: String]

    public init(
        themeName: String = ThemeCatalog.defaultName, colorLevel: ColorLevel? = nil, ascii: Bool? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        self.themeName = themeName
        self.colorLevel = colorLevel
        self.ascii = ascii
        self.environment = environment
    }
}
