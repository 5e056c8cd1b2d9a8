/// One key press, decoded from curses' `get_wch` into something screens can match on.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    case character(Character)
    /// Ctrl plus a letter (`Ctrl-B` is `.control("b")`).
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    /// The terminal changed size (curses' KEY_RESIZE).
    case resize
    /// The start and end of pasted text (bracketed paste): keys between them are text, not commands.
    case pasteStart, pasteEnd
    /// A function or other key with no meaning here (curses key code).
    case other(Int)

    /// The key as help and the footer write it (`Ctrl-B`, `PgDn`, `↑`).
    public func label(_ glyphs: GlyphSet) -> String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .control(let c): "Ctrl-" + c.uppercased()
        case .up: glyphs.arrowUp
        case .down: glyphs.arrowDown
        case .left: glyphs.isASCII ? "Left" : "←"
        case .right: glyphs.isASCII ? "Right" : "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .backspace: "Bksp"
        case .delete: "Del"
        case .resize: "resize"
        case .pasteStart: "paste"
        case .pasteEnd: "end of paste"
        case .other(let code): "key \(code)"
        }
    }

    public var description: String { label(.unicode) }

    /// The character this key stands for inside pasted text (Enter and Tab as themselves).
    var pastedCharacter: Character? {
        switch self {
        case .character(let c): c
        case .enter: "\n"
        case .tab: "\t"
        default: nil
        }
    }

    /// The printable character this key types into a text field, if any.
    public var typedCharacter: Character? {
        if case .character(let c) = self { return c }
        return nil
    }
}
