import Testing
@testable import DialtoneCore

/// Text from the network reaches a terminal only as text: no escape sequence, control or
/// invisible formatting survives `terminalSafe`.
@Suite struct TerminalTextTests {
    /// Every hostile form a provider string could carry.
    static let hostile = "Ka\u{1B}[2Jrna\u{1B}]52;c;ZXZpbA==\u{07}taka\r\u{8}\u{202E}gnol"

    @Test func plainTextIsReturnedUnchanged() {
        for text in ["", "Karnataka", "São Paulo", "東京都", "Zürich · 8001", "🇮🇳 ☎️"] {
            #expect(text.terminalSafe == text)
            #expect(!TerminalText.needsCleaning(text))
        }
    }

    @Test func hostileRegionKeepsItsLettersAndLosesEverySequence() {
        let safe = Self.hostile.terminalSafe
        #expect(safe == "Ka�rna�taka��gnol")
        #expect(!safe.unicodeScalars.contains { TerminalText.isControl($0) })
        #expect(!safe.contains("52;"), "the OSC payload is dropped with its sequence")
    }

    @Test func csiSequencesAreDroppedWhole() {
        #expect("a\u{1B}[38;5;196mred\u{1B}[0m".terminalSafe == "a�red�")
        #expect("a\u{1B}[?1049hb".terminalSafe == "a�b")
        #expect("a\u{9B}2Jb".terminalSafe == "a�b", "8-bit CSI")
    }

    @Test func stringCommandsRunToTheirTerminator() {
        #expect("x\u{1B}]52;c;aGk=\u{1B}\\y".terminalSafe == "x�y", "OSC ended by ESC \\")
        #expect("x\u{1B}]0;title\u{07}y".terminalSafe == "x�y", "OSC ended by BEL")
        #expect("x\u{1B}Pq#0;2;0;0;0\u{1B}\\y".terminalSafe == "x�y", "DCS")
        #expect("x\u{1B}_payload\u{9C}y".terminalSafe == "x�y", "APC ended by 8-bit ST")
        #expect("x\u{9D}52;c;aGk=\u{07}y".terminalSafe == "x�y", "8-bit OSC")
        #expect("x\u{1B}]52;c;never ends".terminalSafe == "x�", "an unterminated string hides its payload")
    }

    @Test func anEscapeInsideAStringStartsItsOwnSequence() {
        #expect("x\u{1B}]0;t\u{1B}[2Jy".terminalSafe == "x��y")
    }

    @Test func shortEscapesAndLoneEscapeAreReplaced() {
        #expect("a\u{1B}cb".terminalSafe == "a�b", "RIS, full reset")
        #expect("a\u{1B}(Bb".terminalSafe == "a�b", "nF designation")
        #expect("a\u{1B}".terminalSafe == "a�")
    }

    @Test func controlsAreReplacedAndLineBreaksBecomeSpaces() {
        #expect("a\rb\u{8}c\u{7F}d\u{0}e\u{85}f".terminalSafe == "a�b�c�d�e f")
        #expect("line one\nline\ttwo\u{2028}three".terminalSafe == "line one line two three")
    }

    @Test func bidiAndZeroWidthCharactersAreRemoved() {
        #expect("abc\u{202E}fed".terminalSafe == "abcfed")
        #expect("\u{2066}a\u{2069}\u{200F}b\u{061C}".terminalSafe == "ab")
        #expect("pay\u{200B}pal\u{FEFF}\u{2060}".terminalSafe == "paypal")
    }

    @Test func cleaningIsIdempotent() {
        for text in [Self.hostile, "a\u{1B}[2J", "\u{9D}x", "plain"] {
            #expect(text.terminalSafe.terminalSafe == text.terminalSafe)
        }
    }

    @Test func noMixOfIntroducersTerminatorsAndTextLeavesAControl() {
        // Every string of up to four scalars from the pieces escape sequences are made of.
        let pool: [Unicode.Scalar] = ["\u{1B}", "[", "]", "\u{07}", "\\", "P", "_", "\u{9B}", "\u{9D}", "\u{9C}", "\r", "a", "2", ";", "\u{202E}", "é"]
        var strings = [""]
        for _ in 1...4 {
            strings = strings.flatMap { prefix in pool.map { prefix + String($0) } }
            for text in strings {
                let safe = text.terminalSafe
                #expect(!safe.unicodeScalars.contains(where: TerminalText.isUnsafe), "\(text.debugDescription)")
            }
        }
    }
}

/// The byte scan behind `needsCleaning` agrees with the scalar rule everywhere it matters.
@Suite struct UnsafeUTF8ScanTests {
    @Test func byteScanAgreesWithTheScalarRule() {
        let ranges: [ClosedRange<UInt32>] = [0...0x3000, 0xFE00...0xFFFF, 0x1F300...0x1F310, 0xE0000...0xE0080]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let alone = String(scalar)
                #expect(TerminalText.needsCleaning(alone) == TerminalText.isUnsafe(scalar), "U+\(String(value, radix: 16))")
                #expect(TerminalText.needsCleaning("ab" + alone + "z") == TerminalText.isUnsafe(scalar))
            }
        }
    }
}
