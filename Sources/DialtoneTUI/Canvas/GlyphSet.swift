/// The box-drawing and marker glyphs screens use: Unicode when the locale is UTF-8 and the
/// terminal can show it, plain ASCII otherwise (LANG=C, TERM=vt100 or linux).
public struct GlyphSet: Sendable, Hashable {
    public var horizontal: String
    public var vertical: String
    public var topLeft: String
    public var topRight: String
    public var bottomLeft: String
    public var bottomRight: String
    /// Ends truncated text.
    public var ellipsis: String
    /// Marks the selected row.
    public var pointer: String
    /// Separates items in bars (`page 3/40 · 987 numbers`).
    public var separator: String
    /// Stands for an absent capability or value.
    public var absent: String
    public var arrowUp: String
    public var arrowDown: String
    /// Frames of the loading spinner.
    public var spinner: [String]
    /// Whether this is the ASCII set.
    public var isASCII: Bool

    /// Rounded box drawing and typographic markers.
    public static let unicode = GlyphSet(
        horizontal: "─", vertical: "│", topLeft: "╭", topRight: "╮", bottomLeft: "╰", bottomRight: "╯",
        ellipsis: "…", pointer: "▶", separator: "·", absent: "—", arrowUp: "↑", arrowDown: "↓",
        spinner: ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"], isASCII: false
    )

    /// Seven-bit glyphs any terminal shows.
    public static let ascii = GlyphSet(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        ellipsis: "~", pointer: ">", separator: "|", absent: "-", arrowUp: "^", arrowDown: "v",
        spinner: ["|", "/", "-", "\\"], isASCII: true
    )
}
