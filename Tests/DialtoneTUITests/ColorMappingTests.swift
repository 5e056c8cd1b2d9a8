import Testing

@testable import DialtoneTUI

@Suite struct ColorMappingTests {
    @Test func parsesEveryColourForm() {
        #expect(ThemeColor(parsing: "default") == .terminalDefault)
        #expect(ThemeColor(parsing: "red") == .ansi(1))
        #expect(ThemeColor(parsing: "bright_blue") == .ansi(12))
        #expect(ThemeColor(parsing: "208") == .indexed(208))
        #expect(ThemeColor(parsing: "#ff8700") == .rgb(RGB(255, 135, 0)))
        #expect(ThemeColor(parsing: "blu") == nil && ThemeColor(parsing: "256") == nil && ThemeColor(parsing: "#12345") == nil)
    }

    @Test func exactPaletteColoursMapToThemselves() {
        #expect(Palette.nearest256(RGB(255, 135, 0)) == 208)
        #expect(Palette.nearest256(RGB(0x30, 0x30, 0x30)) == 236)
        #expect(Palette.nearest8(RGB(250, 10, 10)) == 1)
    }

    @Test func eachLevelGetsColoursItCanShow() {
        let orange = ThemeColor.rgb(RGB(255, 135, 0))
        #expect(ColorMapper.color(orange, level: .mono) == -1)
        #expect((0..<8).contains(ColorMapper.color(orange, level: .ansi8)))
        #expect((0..<16).contains(ColorMapper.color(orange, level: .ansi16)))
        #expect(ColorMapper.color(orange, level: .palette256) == 208)
        #expect(ColorMapper.color(orange, level: .direct) == 0xFF8700)
        #expect(ColorMapper.color(.terminalDefault, level: .direct) == -1)
        #expect(ColorMapper.color(.ansi(9), level: .ansi8) == 1)
    }

    @Test func monoUsesOnlyMonoAttributes() {
        let (theme, _) = ThemeCatalog.load(name: "default", environment: [:])
        let styles = ColorMapper.resolve(theme, level: .mono)
        for role in Role.allCases {
            #expect(styles[role].foreground == -1 && styles[role].background == -1)
            #expect(styles[role].attributes == theme[role].mono)
        }
    }

    @Test func collapsedBackgroundsKeepTheSelectionVisibleAt8Colours() {
        let (theme, _) = ThemeCatalog.load(name: "default", environment: [:])
        for level in ColorLevel.allCases {
            let styles = ColorMapper.resolve(theme, level: level)
            #expect(styles[.selected] != styles[.row], "selection invisible at \(level)")
            #expect(styles[.buttonFocused] != styles[.button], "focus invisible at \(level)")
        }
    }

    @Test func capabilitiesFollowNoColorLocaleAndTerm() {
        func decide(_ env: [String: String], utf8: Bool = true, colors: Int = 256) -> TerminalCapabilities {
            TerminalCapabilities.decide(options: TUIOptions(environment: env), localeIsUTF8: utf8, hasColors: colors > 0, terminalColors: colors)
        }
        #expect(decide(["TERM": "xterm-256color", "NO_COLOR": "1"]).colorLevel == .mono)
        #expect(decide(["TERM": "xterm-256color"]).colorLevel == .palette256)
        #expect(decide(["TERM": "xterm-direct"], colors: 0x1000000).colorLevel == .direct)
        #expect(decide(["TERM": "linux"], colors: 8).colorLevel == .ansi8)
        #expect(decide(["TERM": "vt100"], colors: 0).colorLevel == .mono)
        #expect(decide(["TERM": "linux"], colors: 8).glyphs.isASCII)
        #expect(decide(["TERM": "vt100"]).glyphs.isASCII)
        #expect(decide(["TERM": "xterm-256color"], utf8: false).glyphs.isASCII)
        #expect(!decide(["TERM": "tmux-256color"]).glyphs.isASCII)
        let forced = TerminalCapabilities.decide(
            options: TUIOptions(colorLevel: .ansi16, ascii: true, environment: ["TERM": "xterm"]), localeIsUTF8: true, hasColors: true, terminalColors: 256)
        #expect(forced.colorLevel == .ansi16 && forced.glyphs.isASCII)
    }
}
