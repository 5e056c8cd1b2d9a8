/// Finds where an ECMA-48 escape sequence ends, so `TerminalText` can drop it whole.
///
/// Recognised forms, each in its 7-bit (`ESC x`) and 8-bit (C1) spelling: CSI (`ESC [` …
/// final byte), OSC (`ESC ]` … BEL or ST), the string commands DCS, SOS, PM and APC (… ST),
/// nF escapes (`ESC (` `B`) and two-character escapes (`ESC c`). An unterminated string command
/// runs to the end of the text, so its payload is never drawn.
enum EscapeSequence {
    private static let escape: UInt32 = 0x1B
    private static let bell: UInt32 = 0x07
    /// String Terminator, 8-bit form.
    private static let stringTerminator: UInt32 = 0x9C

    /// The index just past the sequence starting at `start`, or `nil` when none starts there.
    static func end(in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        let first = scalars[start].value
        if first == escape {
            guard start + 1 < scalars.count else { return start + 1 }
            let second = scalars[start + 1].value
            switch second {
            case 0x5B: return controlSequenceEnd(scalars, from: start + 2)  // [
            case 0x5D, 0x50, 0x58, 0x5E, 0x5F: return stringEnd(scalars, from: start + 2)  // ] P X ^ _
            case 0x20...0x2F: return escapeEnd(scalars, from: start + 1)
            case 0x30...0x7E: return start + 2
            default: return start + 1
            }
        }
        switch first {
        case 0x9B: return controlSequenceEnd(scalars, from: start + 1)  // CSI
        case 0x9D, 0x90, 0x98, 0x9E, 0x9F: return stringEnd(scalars, from: start + 1)  // OSC DCS SOS PM APC
        default: return nil
        }
    }

    /// Parameter bytes 0x30–0x3F, intermediates 0x20–0x2F, then one final byte 0x40–0x7E.
    private static func controlSequenceEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count {
            let value = scalars[index].value
            if (0x40...0x7E).contains(value) { return index + 1 }
            guard (0x20...0x3F).contains(value) else { return index }
            index += 1
        }
        return index
    }

    /// Up to and including BEL, 8-bit ST or `ESC \`; the rest of the text when unterminated.
    private static func stringEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count {
            let value = scalars[index].value
            if value == bell || value == stringTerminator { return index + 1 }
            if value == escape {
                // `ESC \` ends the string; any other escape ends it too and starts its own sequence.
                let next = index + 1
                return next < scalars.count && scalars[next].value == 0x5C ? next + 1 : index
            }
            index += 1
        }
        return index
    }

    /// nF escape: intermediates 0x20–0x2F, then one final byte 0x30–0x7E.
    private static func escapeEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count, (0x20...0x2F).contains(scalars[index].value) { index += 1 }
        return index < scalars.count && (0x30...0x7E).contains(scalars[index].value) ? index + 1 : index
    }
}
