import CNcursesw
import DialtoneCore

/// The terminal backend of `Canvas`: draws into curses' standard screen.
///
/// Each frame is `erase()` plus drawing into the same window, then `TerminalSession.flush()`
/// (`wnoutrefresh` + `doupdate`): curses compares with what the terminal shows and sends only
/// the cells that changed, so moving the selection costs a few hundred bytes. Not `Sendable`:
/// it stays with the `TerminalSession` that made it, so every curses call stays on one actor.
final class NcursesCanvas: Canvas {
    private let window: UnsafeMutablePointer<WINDOW>
    /// Colour pair number (0 = none) and attribute bits per role.
    private var pairs: [Role: (pair: Int32, flags: Int32)] = [:]
    private var buffer: [wchar_t] = []

    init(window: UnsafeMutablePointer<WINDOW>) {
        self.window = window
    }

    var size: Size { Size(rows: Int(dt_getmaxy(window)), columns: Int(dt_getmaxx(window))) }

    /// Defines the colour pairs for `styles`; call again when the theme changes. Roles with the
    /// same colours share one pair: curses compares pair numbers, so moving between such roles
    /// (a row and its fee column, say) then sends no colour change at all.
    func apply(_ styles: ResolvedStyles) {
        pairs = [:]
        var pairOfColors: [ColorPairKey: Int32] = [:]
        for role in Role.allCases {
            let style = styles[role]
            var pair: Int32 = 0
            if styles.level != .mono {
                let colors = ColorPairKey(foreground: Int32(style.foreground), background: Int32(style.background))
                if let shared = pairOfColors[colors] {
                    pair = shared
                } else {
                    pair = Int32(pairOfColors.count + 1)
                    pairOfColors[colors] = pair
                    init_extended_pair(pair, colors.foreground, colors.background)
                }
            }
            pairs[role] = (pair, Int32(style.attributes.rawValue))
        }
        let base = pairs[.base] ?? (0, 0)
        dt_set_background(window, base.flags, base.pair)
    }

    func erase() { werase(window) }

    @discardableResult
    func draw(_ text: String, row: Int, column: Int, role: Role) -> Int {
        draw(text, row: row, column: column, role: role, adding: [])
    }

    @discardableResult
    func draw(_ text: String, row: Int, column: Int, role: Role, adding attributes: TextAttributes) -> Int {
        let size = self.size
        guard row >= 0, row < size.rows, column >= 0, column < size.columns else { return 0 }
        buffer.removeAll(keepingCapacity: true)
        var used = 0
        for character in text {
            let width = DisplayWidth.of(character)
            if column + used + width > size.columns { break }
            used += width
            // `Painter` has already made text safe; a control can still never reach curses.
            for scalar in character.unicodeScalars where !TerminalText.isControl(scalar) {
                buffer.append(wchar_t(bitPattern: scalar.value))
            }
        }
        guard !buffer.isEmpty else { return 0 }
        let style = pairs[role] ?? (0, 0)
        dt_set_style(window, style.flags | Int32(attributes.rawValue), style.pair)
        buffer.withUnsafeBufferPointer { pointer in
            _ = mvwaddnwstr(window, Int32(row), Int32(column), pointer.baseAddress, Int32(pointer.count))
        }
        return used
    }
}

/// A foreground and background colour as curses numbers them (-1: the terminal's own).
private struct ColorPairKey: Hashable {
    let foreground: Int32
    let background: Int32
}
