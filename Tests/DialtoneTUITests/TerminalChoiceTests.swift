import Testing
@testable import DialtoneTUI

/// Which terminfo entry the view starts with when `TERM` names a terminal this box lacks.
@Suite struct TerminalChoiceTests {
    /// A terminfo database holding exactly `entries`; `dumb` has no cursor addressing.
    private func database(_ entries: Set<String>) -> (String) -> TerminalChoice.Probe {
        { name in name == "dumb" ? .noCursorAddressing : entries.contains(name) ? .usable : .missing }
    }

    @Test func knownTermIsUsedAsItIsWithoutANotice() throws {
        let choice = try TerminalChoice.choose(term: "tmux-256color", probe: database(["tmux-256color", "xterm-256color"]))
        #expect(choice.entry == "tmux-256color")
        #expect(choice.notice == nil)
    }

    @Test func missingEntryFallsBackToXterm256ColourThenXtermThenVT100() throws {
        let all = try TerminalChoice.choose(term: "xterm-kitty", probe: database(["xterm-256color", "xterm", "vt100"]))
        #expect(all.entry == "xterm-256color")
        #expect(all.notice == "TERM=xterm-kitty unknown: using xterm-256color")
        #expect(try TerminalChoice.choose(term: "xterm-ghostty", probe: database(["xterm", "vt100"])).entry == "xterm")
        #expect(try TerminalChoice.choose(term: "alacritty", probe: database(["vt100"])).entry == "vt100")
    }

    @Test func unsetTermRunsAsVT100() throws {
        for term in [nil, ""] as [String?] {
            let choice = try TerminalChoice.choose(term: term, probe: database(["vt100", "xterm"]))
            #expect(choice.entry == "vt100")
            #expect(choice.notice != nil)
        }
    }

    @Test func dumbIsRefusedAndNamesTheHeadlessCommands() {
        #expect {
            try TerminalChoice.choose(term: "dumb", probe: database(["xterm-256color"]))
        } throws: { error in
            (error as? TerminalError)?.message.contains("dialtone inventory") == true
        }
    }

    @Test func noUsableEntryAtAllSaysWhatToDo() {
        #expect {
            try TerminalChoice.choose(term: "wezterm", probe: database([]))
        } throws: { error in
            let message = (error as? TerminalError)?.message ?? ""
            return message.contains("wezterm") && message.contains("dialtone inventory")
        }
    }

    @Test func noticeShowsNoEscapeSequencesFromTerm() throws {
        let choice = try TerminalChoice.choose(term: "\u{1B}]52;c;x\u{07}evil", probe: database(["xterm-256color"]))
        let notice = try #require(choice.notice)
        #expect(!notice.isEmpty && notice.unicodeScalars.allSatisfy { (0x20...0x7E).contains($0.value) })
    }

    @Test func thisMachinesTerminfoAnswersTheProbe() {
        #expect(TerminalChoice.terminfo("xterm") == .usable)
        #expect(TerminalChoice.terminfo("dumb") == .noCursorAddressing)
        #expect(TerminalChoice.terminfo("dialtone-no-such-terminal") == .missing)
    }
}
