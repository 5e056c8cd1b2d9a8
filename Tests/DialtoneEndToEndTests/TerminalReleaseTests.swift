import Foundation
import Testing

/// In tmux against the built-in sandbox (Vobiz, a 24-hour release cooldown): buy a number,
/// release it from the Owned view with the typed digits, see it pending with its cooldown
/// counting down, cancel the release with `u`, and see all three in History.
@Suite(.serialized, .timeLimit(.minutes(3))) struct TerminalReleaseTests {
    @Test func buyReleaseAndCancelTheReleaseFromOwnedThenHistoryShowsAll() async throws {
        let run = try TUIRun()
        defer { run.close() }
        let tmux = run.session
        try await tmux.waitFor(text: "page 1/", timeout: .seconds(60))

        try tmux.send("b")
        let dialog = try await tmux.waitFor(text: "Buy this number?")
        let number = try #require(ScreenText.digits(after: "Number", in: dialog))
        try tmux.send("Tab")
        if dialog.contains("Type last 4") { try tmux.type(String(number.suffix(4))) }
        try await tmux.waitFor(text: "[ Buy ]")
        try tmux.send("Enter")
        try await tmux.waitFor(text: "Provider says")
        try tmux.send("Escape")
        try await tmux.waitFor("receipt closed") { !$0.contains("Provider says") }

        try await tmux.showOwned(number)

        try tmux.send("x")
        let release = try await tmux.waitFor(text: "Release this number?")
        #expect(release.contains("calls and messages to this number"))
        #expect(release.contains("24 h pending release"), "the dialog names the cooldown:\n\(release)")
        #expect(release.contains("may charge one"), "the dialog names the release fee:\n\(release)")
        let digits = String(number.suffix(4))
        try await confirm(digits, button: "Release", in: tmux)
        let result = try await tmux.waitFor(text: "released +")
        #expect(result.contains("Pending until  23 h left · "), "the outcome says when the cooldown ends:\n\(result)")
        #expect(result.contains("Release fee    USD") || result.contains("Release fee    INR"), "the outcome names the fee:\n\(result)")
        try tmux.send("Escape")
        let pending = try await tmux.waitFor("the row counts the cooldown down") { $0.contains("pending release · 23 h left") }
        #expect(pending.split(separator: "\n").contains { $0.filter(\.isNumber).contains(number) && $0.contains("pending release") })

        try tmux.send("u")
        let cancel = try await tmux.waitFor(text: "Cancel this release?")
        #expect(cancel.contains("refunded"), "the dialog says the fee comes back:\n\(cancel)")
        try await confirm(digits, button: "Restore", in: tmux)
        let restored = try await tmux.waitFor(text: "Release cancelled")
        #expect(restored.contains("active again: +") && restored.contains("Refunded"), "\(restored)")
        try tmux.send("Escape")
        try await tmux.waitFor("the row is active again") { screen in
            screen.split(separator: "\n").contains { $0.filter(\.isNumber).contains(number) && $0.contains("active") && !$0.contains("pending") }
        }

        try tmux.send("3")
        let history = try await tmux.waitFor("history") { $0.contains("Spent this month") && $0.contains("restore") }
        let rows = history.split(separator: "\n").filter { $0.filter(\.isNumber).contains(number) }
        #expect(rows.contains { $0.contains("purchase") && $0.contains("bought") })
        #expect(rows.contains { $0.contains("release") && $0.contains("released") })
        #expect(rows.contains { $0.contains("restore") && $0.contains("restored") })
        try await run.quitAndCheckRestored()
    }

    /// Past the arming delay, Enter on the armed button with no digits does nothing; the digits
    /// typed one by one arm it; Enter sends.
    private func confirm(_ digits: String, button: String, in tmux: TmuxSession) async throws {
        try tmux.send("Tab")
        try await tmux.waitFor(text: "[ \(button) ]")  // the arming delay is over: only the digits are missing
        try tmux.send("Enter")
        let afterEnter = try await tmux.probe(String(digits.prefix(1)), until: "the first digit is typed") { $0.contains("[\(digits.prefix(1))___]") }
        #expect(!afterEnter.contains("Releasing…") && !afterEnter.contains("Cancelling"), "\(button) is not armed without the digits:\n\(afterEnter)")
        try tmux.type(String(digits.dropFirst()))
        try await tmux.waitFor(text: "[\(digits)]")
        try tmux.send("Enter")
    }
}
