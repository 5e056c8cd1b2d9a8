/// Display width of text in terminal columns, with `wcwidth` semantics: East Asian wide and
/// emoji glyphs take two columns, combining marks and format characters none.
///
/// Pure and locale-independent, so tests measure exactly what the terminal will show.
public enum DisplayWidth {
    /// Columns one grapheme cluster occupies (0, 1 or 2).
    public static func of(_ character: Character) -> Int {
        var width = 0
        for scalar in character.unicodeScalars {
            if scalar.value == 0xFE0F { width = 2; continue }  // emoji presentation selector
            width = max(width, of(scalar))
        }
        return width
    }

    /// Columns a string occupies.
    public static func of(_ text: String) -> Int {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }  // printable ASCII
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// Columns one scalar occupies on its own.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value >= 0x20 ? 1 : 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if value >= 0x1160 && value <= 0x11FF { return 0 }  // Hangul medial vowels, final consonants
        return wideRanges.contains { $0.contains(value) } ? 2 : 1
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F3,
        0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F, 0x2693...0x2693,
        0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE,
        0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F5, 0x26FA...0x26FD, 0x2705...0x2705,
        0x270A...0x270B, 0x2728...0x2728, 0x274C...0x274C, 0x2753...0x2755, 0x2757...0x2757,
        0x2795...0x2797, 0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50,
        0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x18AFF, 0x1B000...0x1B2FF, 0x1F004...0x1F004,
        0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251,
        0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB, 0x1F90C...0x1F9FF,
        0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}

extension String {
    /// Columns this text occupies on a terminal.
    public var displayWidth: Int { DisplayWidth.of(self) }

    /// This text cut to at most `width` columns, ending in `ellipsis` when something was cut.
    /// A wide glyph that would straddle the limit is dropped, never split.
    public func truncated(toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if displayWidth <= width { return self }
        let room = width - ellipsis.displayWidth
        guard room >= 0 else { return String(ellipsis.prefix(width)) }
        var used = 0
        var result = ""
        for character in self {
            let w = DisplayWidth.of(character)
            if used + w > room { break }
            used += w
            result.append(character)
        }
        return result + ellipsis
    }

    /// This text truncated or padded with spaces to exactly `width` columns.
    public func fitted(toWidth width: Int, ellipsis: String = "…", alignRight: Bool = false) -> String {
        let cut = truncated(toWidth: width, ellipsis: ellipsis)
        let pad = String(repeating: " ", count: max(0, width - cut.displayWidth))
        return alignRight ? pad + cut : cut + pad
    }
}
