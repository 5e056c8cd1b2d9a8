import CNcursesw

/// Turns what `get_wch` returned into a `Key`.
enum KeyDecoder {
    /// `status` is `get_wch`'s result (`OK` or `KEY_CODE_YES`), `value` the character or key code.
    static func decode(status: Int32, value: UInt32) -> Key? {
        if status == KEY_CODE_YES { return functionKey(Int32(bitPattern: value)) }
        guard status == OK else { return nil }
        switch value {
        case 10, 13: return .enter
        case 27: return .escape
        case 9: return .tab
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(value + 96)!))
        default: return Unicode.Scalar(value).map { .character(Character($0)) }
        }
    }

    private static func functionKey(_ code: Int32) -> Key {
        switch code {
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_PPAGE: .pageUp
        case KEY_NPAGE: .pageDown
        case KEY_HOME, KEY_A1: .home
        case KEY_END, KEY_C1: .end
        case KEY_ENTER: .enter
        case KEY_BTAB: .backTab
        case KEY_BACKSPACE: .backspace
        case KEY_DC: .delete
        case KEY_RESIZE: .resize
        case Int32(DT_KEY_PASTE_START): .pasteStart
        case Int32(DT_KEY_PASTE_END): .pasteEnd
        default: .other(Int(code))
        }
    }
}
