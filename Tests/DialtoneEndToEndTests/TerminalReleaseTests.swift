import Foundation
import Testing

/// In tmux against the built-in sandbox: buy a number, release it from the Owned view with the
/// typed digits, and see both in History.
@Suite(.serialized, .timeLimit(.minutes(3))) struct TerminalReleaseTests {
    @Test func buyThenReleaseFromOwnedThenHistoryShowsBoth() async throws {
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
        #expect(release.contains("calls and messages to this number") && release.contains("cannot be undone"))
        try tmux.send("Tab")
        try await tmux.waitFor(text: "[ Release ]")  // the arming delay is over: only the digits are missing
        try tmux.send("Enter")
        let digits = String(number.suffix(4))
        let afterEnter = try await tmux.probe(String(digits.prefix(1)), until: "the first digit is typed") { $0.contains("[\(digits.prefix(1))___]") }
        #expect(afterEnter.contains("Release this number?") && !afterEnter.contains("Releasing…") && !afterEnter.contains("Released"), "Release is not armed without the digits:\n\(afterEnter)")
        try tmux.type(String(digits.dropFirst()))
        try await tmux.waitFor(text: "[\(digits)]")
        try tmux.send("Enter")
        let result = try await tmux.waitFor(text: "released +")
        #expect(result.contains("Release fee    none reported"))
        try tmux.send("Escape")
        // The filter on its last six digits now matches nothing: the number left the account.
        try await tmux.waitFor(text: "no numbers match the filter")

        try tmux.send("3")
        let history = try await tmux.waitFor("history") { $0.contains("Spent this month") && $0.contains("release") }
        let rows = history.split(separator: "\n").filter { $0.filter(\.isNumber).contains(number) }
        #expect(rows.contains { $0.contains("purchase") && $0.contains("bought") })
        #expect(rows.contains { $0.contains("release") && $0.contains("released") })
        try await run.quitAndCheckRestored()
    }
}
