import DialtoneViewModels

/// Which keys are live: browsing a screen, typing into a prompt or picker, answering the
/// confirmation dialog, or reading help. Text contexts consult only their own bindings, so a
/// letter typed into a filter can never reach Buy.
public enum KeyContext: String, Sendable, Hashable, CaseIterable {
    case browse, text, confirm, help

    /// The context the snapshot's top overlay puts the keyboard in.
    public init(_ snapshot: AppSnapshot) {
        switch snapshot.overlay {
        case nil, .detail: self = .browse
        case .searchPrompt, .countryPicker, .typePicker, .routePicker, .filterForm: self = .text
        case .confirm, .releaseConfirm, .batchConfirm, .ownedChangeConfirm: self = .confirm
        case .help: self = .help
        }
    }

    /// Heading in the help overlay.
    public var title: String {
        switch self {
        case .browse: "Browsing"
        case .text: "Search, filters and pickers"
        case .confirm: "Purchase confirmation"
        case .help: "This help"
        }
    }
}

/// What a key does: an intent for the app model, or something only the terminal layer does.
public enum Command: Sendable, Hashable {
    case intent(AppIntent)
    /// Send the pressed printable key as `AppIntent.typeCharacter`.
    case typeText
    /// Switch to the next theme (`T`).
    case cycleTheme
    /// Scroll the help overlay.
    case scrollHelp(Int)
}

/// Which keys a binding answers to.
public enum KeyPattern: Sendable, Hashable {
    case key(Key)
    /// Any printable character.
    case printable
    /// `0`–`9`.
    case digit

    func matches(_ key: Key) -> Bool {
        switch self {
        case .key(let expected): return key == expected
        case .printable:
            guard let c = key.typedCharacter else { return false }
            return !c.isNewline && c.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F }
        case .digit: return key.typedCharacter.map { ("0"..."9").contains($0) } ?? false
        }
    }

    func label(_ glyphs: GlyphSet) -> String {
        switch self {
        case .key(let key): key.label(glyphs)
        case .printable: "text"
        case .digit: "0-9"
        }
    }
}

/// One row of the binding table: the keys, what they do, how the footer and help describe
/// them, and when they are disabled and why. Key handling, footer and help all read this.
public struct KeyBinding: Sendable {
    public var context: KeyContext
    public var keys: [KeyPattern]
    public var command: Command
    /// Footer label (`buy`); empty keeps the binding out of the footer.
    public var label: String
    /// Help text (`Buy the selected number (asks for confirmation)`).
    public var description: String
    /// Screens the binding applies to; empty means every screen.
    public var screens: Set<Screen>
    /// Why the binding does nothing right now, or `nil` when it is enabled.
    public var disabledReason: @Sendable (AppSnapshot) -> String?

    public init(
        _ context: KeyContext, _ keys: [KeyPattern], _ command: Command, label: String = "", _ description: String,
        screens: Set<Screen> = [], disabledWhen disabledReason: @escaping @Sendable (AppSnapshot) -> String? = { _ in nil }
    ) {
        self.context = context
        self.keys = keys
        self.command = command
        self.label = label
        self.description = description
        self.screens = screens
        self.disabledReason = disabledReason
    }

    /// Whether the binding is live on `screen`.
    public func applies(to screen: Screen) -> Bool { screens.isEmpty || screens.contains(screen) }

    /// `↑ k`, as the footer and help show the keys.
    public func keyLabel(_ glyphs: GlyphSet) -> String {
        keys.map { $0.label(glyphs) }.joined(separator: " ")
    }
}
