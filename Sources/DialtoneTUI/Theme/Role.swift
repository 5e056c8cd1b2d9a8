/// A named style the screens draw with; themes map each role to colours and attributes.
///
/// The raw value is the key in a theme file's `[roles]` table.
public enum Role: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Plain text on the screen background.
    case base
    /// The top bar with the screen tabs.
    case title
    /// The status bar (provider, profile, filters, paging).
    case statusBar = "status_bar"
    /// Table column headings.
    case header
    case row
    /// Every other table row, for reading across wide rows.
    case rowAlt = "row_alt"
    case selected
    /// Secondary text: labels, absent values, totals' captions.
    case muted
    /// Highlights: the active tab, the search text, the spinner.
    case accent
    /// A fee that costs money.
    case fee
    /// A fee of zero.
    case free
    case statusActive = "status_active"
    case statusPending = "status_pending"
    case statusBlocked = "status_blocked"
    /// The SANDBOX badge.
    case badge
    case border
    /// Dialog and overlay bodies.
    case dialog
    case dialogTitle = "dialog_title"
    case button
    case buttonFocused = "button_focused"
    case buttonDisabled = "button_disabled"
    /// Text fields (search prompt, country filter, typed digits).
    case input
    /// Key names in the footer and help.
    case key
    /// Key descriptions in the footer.
    case hint
    case error
    case warning

    /// Roles whose glyphs are text, held to WCAG AA contrast (4.5:1); the rest to 3:1.
    public var isText: Bool { self != .border }

    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rawValue < rhs.rawValue }
}
