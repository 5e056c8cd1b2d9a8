import DialtoneCore

/// What the user asked for, independent of keys. The TUI's key map turns keys into intents and
/// calls `AppModel.send(_:)`; the app model routes each intent to the open overlay or the screen.
///
/// Text input goes only through `typeCharacter`/`deleteBackward`, and only to the open prompt,
/// picker or confirmation field: while one is open, `buy`, `quit` and the other commands are
/// ignored, so letters typed into a prompt can never buy anything. `AppSnapshot.acceptsText`
/// tells the key map when printable keys should become `typeCharacter`.
public enum AppIntent: Sendable, Hashable {
    // Movement in the current table or picker.
    case moveUp, moveDown, pageUp, pageDown, first, last
    // Text input for the open prompt, picker filter or confirmation digits.
    case typeCharacter(Character)
    /// Text the terminal marked as pasted (bracketed paste): typed into an open prompt or picker,
    /// ignored everywhere else — pasted text is never read as commands or confirmation digits.
    case paste(String)
    case deleteBackward
    /// Enter: accept the prompt or picker, press the focused dialog button, or open details.
    case accept
    /// Esc: close the top overlay (a search prompt reverts its text); does nothing on a bare screen.
    case back
    // Overlays.
    case openSearch, openCountryPicker, openTypePicker, openFilterForm, help
    /// Opens the confirmation dialog for the selected number, or the combined quote of the
    /// marked ones (never buys by itself).
    case buy
    /// Marks the selected row (Inventory: for a combined purchase; Owned: for a combined
    /// release), or unmarks it.
    case toggleMark
    /// Owned: marks every row the filter shows, or unmarks them when all are marked.
    case markAllShown
    /// Shows the inventory of every profile that can search at once, merged, or goes back to
    /// the active profile's.
    case toggleAllProviders
    /// Opens the release dialog for the selected owned number (never releases by itself).
    case release
    /// Opens the dialog cancelling the selected owned number's pending release (never cancels
    /// by itself).
    case cancelRelease
    /// Owned: opens the picker of the account's trunks or applications to route the marked
    /// numbers (or the selected one) to (never changes anything by itself).
    case assign
    /// Owned: opens the confirmation detaching the marked numbers (or the selected one) from
    /// their trunk or application.
    case detach
    /// Moves focus between Cancel and Buy (or Release) in the confirmation dialog.
    case toggleFocus
    /// The purchase dialog's next "Route to" choice (a trunk or application, or nowhere).
    case cycleRoute
    // Screens and profiles.
    case switchScreen
    case showScreen(Screen)
    case cycleProfile
    // Listing commands.
    case refresh, retry, sort
    case toggleCapability(Capability)
    /// Cycles the owned view's status filter (any → active → pending → inactive).
    case cycleStatusFilter
    /// Copies the selected number (the TUI performs `AppEffect.copyToClipboard`).
    case copy
    case quit
}

/// Something only the terminal layer can do, returned by `AppModel.send(_:)`.
public enum AppEffect: Sendable, Hashable {
    /// Put the text on the clipboard (OSC 52 in the TUI).
    case copyToClipboard(String)
    /// Leave the program.
    case quit
}
