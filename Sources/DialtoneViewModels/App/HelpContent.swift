import DialtoneCore

/// One titled group of the help overlay.
public struct HelpSection: Sendable, Hashable {
    /// One key binding or note: `keys` as printed, `action` in words.
    public struct Entry: Sendable, Hashable {
        public var keys: String
        public var action: String
    }

    public var title: String
    public var entries: [Entry]
}

extension AppSnapshot {
    /// The help overlay: the default key map, then how search and confirmation behave for the active profile.
    public var help: [HelpSection] {
        let entry = HelpSection.Entry.init(keys:action:)
        var notes = [entry("search", inventory.searchHelp.isEmpty ? "filters the list" : inventory.searchHelp)]
        if let profile = activeProfile {
            let rule = switch profile.confirmAbove {
            case nil: "Buy needs focus and Enter (typed digits when a fee is unknown)"
            case let threshold? where threshold <= 0: "type the last four digits to arm Buy"
            case let threshold?: "above \(threshold) charged now or unknown, type the last four digits to arm Buy"
            }
            notes.append(entry("confirm", rule))
            notes.append(entry("safety", "Buy arms after the dialog has been up 0.7 s; keys typed before it opened are dropped"))
            notes.append(entry("paste", "pasted text goes into an open prompt or picker only, never to commands"))
        }
        return [
            HelpSection(title: "Move", entries: [
                entry("↑ ↓  j k", "move"), entry("PgUp PgDn  [ ]  ^B ^F", "page"), entry("Home End  g G", "first / last"),
            ]),
            HelpSection(title: "Find", entries: [
                entry("/", "search (Enter keeps, Esc reverts)"), entry("c", "country"),
                entry("t", "number type (status or route nowhere on Owned)"), entry("s", "sort"), entry("r", "refresh"),
            ]),
            HelpSection(title: "Act", entries: [
                entry("Enter", "details"), entry("b", "buy (opens the confirmation; Cancel is focused)"),
                entry("Tab ← →", "switch Cancel / Buy in the dialog"), entry("y", "copy the number"),
                entry("Space  *", "mark a number, or every one shown (Esc clears)"),
                entry("x", "release the selected or the marked numbers on Owned (one confirmation)"),
            ]),
            HelpSection(title: "Views", entries: [
                entry("Tab  1 2", "Inventory / Owned"), entry("p", "next profile"), entry("?", "help"),
                entry("Esc", "back"), entry("q", "quit"),
            ]),
            HelpSection(title: "Notes", entries: notes),
        ]
    }
}
