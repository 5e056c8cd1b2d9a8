import DialtoneViewModels

/// Reads the binding table: which binding a key hits, the footer's hints and the help's rows.
public enum KeyMap {
    /// The outcome of a key press.
    public enum Resolution: Sendable, Hashable {
        case run(Command)
        /// The binding exists but is disabled; the reason goes to the status bar.
        case disabled(String)
        /// No binding in this context.
        case unbound
    }

    /// What `key` does in the state `snapshot` shows.
    public static func resolve(_ key: Key, in snapshot: AppSnapshot, bindings: [KeyBinding] = KeyBindings.all) -> Resolution {
        let context = KeyContext(snapshot)
        guard let binding = bindings.first(where: {
            $0.context == context && $0.applies(to: snapshot.screen) && $0.keys.contains { $0.matches(key) }
        }) else { return .unbound }
        if let reason = binding.disabledReason(snapshot) { return .disabled(reason) }
        return .run(binding.command)
    }

    /// The intent a command sends for `key`, or `nil` for terminal-only commands.
    public static func intent(for command: Command, key: Key) -> AppIntent? {
        switch command {
        case .intent(let intent): intent
        case .typeText: key.typedCharacter.map(AppIntent.typeCharacter)
        case .cycleTheme, .scrollHelp: nil
        }
    }

    /// Footer hints for the current context and screen: help and quit, then table order.
    public static func hints(for snapshot: AppSnapshot, glyphs: GlyphSet, bindings: [KeyBinding] = KeyBindings.all) -> [KeyHintBar.Hint] {
        let context = KeyContext(snapshot)
        let shown = bindings.filter { $0.context == context && $0.applies(to: snapshot.screen) && !$0.label.isEmpty }
        // Help and quit first: on a narrow footer they are the hints that must never be cut.
        let first: Set<Command> = [.intent(.help), .intent(.quit)]
        let ordered = shown.filter { first.contains($0.command) } + shown.filter { !first.contains($0.command) }
        return ordered.map {
            KeyHintBar.Hint(keys: $0.keys.first.map { $0.label(glyphs) } ?? "", label: $0.label, isEnabled: $0.disabledReason(snapshot) == nil)
        }
    }

    /// Help rows: a heading per context, then each binding's keys and description (with the
    /// screen it is limited to and, when disabled now, why).
    public static func helpLines(for snapshot: AppSnapshot, glyphs: GlyphSet, bindings: [KeyBinding] = KeyBindings.all) -> [HelpLine] {
        var lines: [HelpLine] = []
        for context in KeyContext.allCases {
            let rows = bindings.filter { $0.context == context }
            guard !rows.isEmpty else { continue }
            if !lines.isEmpty { lines.append(.blank) }
            lines.append(.heading(context.title))
            for binding in rows {
                var text = binding.description
                if !binding.screens.isEmpty { text += " (" + binding.screens.map(\.title).sorted().joined(separator: ", ") + ")" }
                let reason = binding.applies(to: snapshot.screen) ? binding.disabledReason(snapshot) : nil
                lines.append(.binding(keys: binding.keyLabel(glyphs), description: text, disabledReason: reason))
            }
        }
        return lines
    }
}

/// One row of the help overlay.
public enum HelpLine: Sendable, Hashable {
    case heading(String)
    case binding(keys: String, description: String, disabledReason: String?)
    case blank
}
