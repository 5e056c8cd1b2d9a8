import Foundation

/// A colour as a theme file writes it: the terminal's default, a basic name, a 256-palette
/// index, or an exact `#rrggbb`.
public enum ThemeColor: Sendable, Hashable, CustomStringConvertible {
    /// The terminal's own foreground or background (`default`).
    case terminalDefault
    /// One of the 16 ANSI colours (0–7 normal, 8–15 bright), by name.
    case ansi(Int)
    /// An xterm 256-palette index.
    case indexed(Int)
    case rgb(RGB)

    /// The 16 ANSI names in palette order; `bright_` adds 8.
    static let ansiNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// Parses `default`, `red`, `bright_blue`, `0`…`255` or `#rrggbb`; `nil` when unknown.
    public init?(parsing text: String) {
        let value = text.trimmingCharacters(in: .whitespaces).lowercased()
        if value == "default" || value.isEmpty {
            self = .terminalDefault
        } else if let index = Self.ansiNames.firstIndex(of: value) {
            self = .ansi(index)
        } else if value.hasPrefix("bright_"), let index = Self.ansiNames.firstIndex(of: String(value.dropFirst(7))) {
            self = .ansi(index + 8)
        } else if value.hasPrefix("#"), let rgb = RGB(hex: value) {
            self = .rgb(rgb)
        } else if let index = Int(value), (0...255).contains(index) {
            self = .indexed(index)
        } else {
            return nil
        }
    }

    public var description: String {
        switch self {
        case .terminalDefault: "default"
        case .ansi(let index): index < 8 ? Self.ansiNames[index] : "bright_" + Self.ansiNames[index - 8]
        case .indexed(let index): "\(index)"
        case .rgb(let rgb): rgb.hex
        }
    }
}

/// A 24-bit colour.
public struct RGB: Sendable, Hashable {
    public var red: Int
    public var green: Int
    public var blue: Int

    public init(_ red: Int, _ green: Int, _ blue: Int) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// Parses `#rrggbb`.
    public init?(hex: String) {
        let digits = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
        guard digits.count == 6, let value = Int(digits, radix: 16) else { return nil }
        self.init((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF)
    }

    /// `#rrggbb`.
    public var hex: String {
        "#" + [red, green, blue].map { component in
            let text = String(component, radix: 16)
            return text.count == 1 ? "0" + text : text
        }.joined()
    }

    /// `0xRRGGBB`, the colour number of a direct-colour terminal.
    public var packed: Int { (red << 16) | (green << 8) | blue }

    /// Squared distance, weighted for how the eye sees red, green and blue.
    func distance(to other: RGB) -> Int {
        let dr = red - other.red, dg = green - other.green, db = blue - other.blue
        return 2 * dr * dr + 4 * dg * dg + 3 * db * db
    }
}
