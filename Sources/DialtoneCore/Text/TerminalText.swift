/// Makes text from the network safe to put on a terminal.
///
/// A provider's region, city, label or error message is data, never terminal commands. `safe`
/// removes what a terminal would act on instead of drawing:
/// - escape sequences (CSI such as `ESC [2J`, OSC such as the OSC 52 clipboard write, DCS, APC,
///   PM, SOS and two-character escapes), in their 7-bit and 8-bit (C1) forms, each shown as one
///   visible `�`;
/// - every other C0 and C1 control and DEL, shown as `�` (tab, newline and the Unicode line
///   separators become a space, since every place that draws text draws one line);
/// - bidirectional overrides, embeddings, isolates and marks, and zero-width characters, removed
///   (they would reorder or hide what the user reads).
///
/// Removing invisible characters can join the halves of a secret a provider split to slip past
/// redaction (`tok\u{200B}en` becomes `token`), so cleaned text is redacted again (`Redactor`).
///
/// What remains is exactly what is drawn, so its display width is honest. Text holding nothing
/// suspicious is returned unchanged without allocating.
public enum TerminalText {
    /// Stands for a removed control or escape sequence.
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// `text` with escape sequences and controls replaced and invisible formatting removed.
    public static func safe(_ text: String) -> String {
        guard needsCleaning(text) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        result.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if let end = EscapeSequence.end(in: scalars, from: index) {
                result.append(replacement)
                index = end
                continue
            }
            switch treatment(of: scalar) {
            case .keep: result.append(scalar)
            case .space: result.append(" ")
            case .replace: result.append(replacement)
            case .remove: break
            }
            index += 1
        }
        return Redactor.redact(String(result))
    }

    /// Whether `text` holds anything `safe` would change: one pass over the UTF-8 bytes (the
    /// frame budget allows no more for text that is almost always clean).
    public static func needsCleaning(_ text: String) -> Bool {
        if let verdict = text.utf8.withContiguousStorageIfAvailable(UnsafeUTF8Scan.holdsUnsafeScalar) { return verdict }
        return text.unicodeScalars.contains(where: isUnsafe)
    }

    /// Whether `safe` would change or drop `scalar` on its own (a control, line break, bidi
    /// control or zero-width character).
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        treatment(of: scalar) != .keep
    }

    /// Whether `scalar` is a C0 or C1 control or DEL: never sent to a terminal as text.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    enum Treatment { case keep, space, replace, remove }

    static func treatment(of scalar: Unicode.Scalar) -> Treatment {
        switch scalar.value {
        case 0x09, 0x0A, 0x85, 0x2028, 0x2029: .space
        case 0x00..<0x20, 0x7F...0x9F: .replace
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: .remove  // bidi controls
        case 0x180E, 0x200B...0x200D, 0x2060...0x2064, 0xFEFF, 0xFFF9...0xFFFB: .remove  // zero-width
        default: .keep
        }
    }
}

extension String {
    /// This text as it may be shown on a terminal (see `TerminalText.safe`).
    public var terminalSafe: String { TerminalText.safe(self) }
}
