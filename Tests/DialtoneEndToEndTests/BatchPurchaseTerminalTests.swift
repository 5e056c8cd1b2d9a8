import Foundation
import Testing

/// Several numbers on one confirmation in a real terminal against the sandbox: mark three,
/// buy them by typing the count, see them owned, release one, find it for sale again, and
/// read the four journal entries in History; and the same confirmation typed ahead or pasted,
/// which buys nothing.
@Suite(.serialized, .timeLimit(.minutes(4))) struct BatchPurchaseTerminalTests {
    @Test func markThreeBuyThemInOneConfirmationReleaseOneAndHistoryShowsFour() async throws {
        let run = try TUIRun()
        defer { run.close() }
        let tmux = run.session
        try await tmux.waitFor(text: "page 1/", timeout: .seconds(60))
        for _ in 0..<3 { try tmux.send("Space") }
        try await tmux.waitFor(text: "3 marked")

        try tmux.send("b")
        let dialog = try await tmux.waitFor(text: "Buy these 3 numbers?")
        let numbers = (1...3).compactMap { Self.number(after: "#\($0) ", in: dialog) }
        try #require(numbers.count == 3, "three numbers listed:\n\(dialog)")
        try tmux.send("Tab")
        try tmux.type("3")
        try await tmux.waitFor(text: "[ Buy ]")  // armed: up for the arming delay and the count typed
        try tmux.send("Enter")
        try await tmux.waitFor(text: "Bought 3 of 3")
        try tmux.send("Escape")
        try await tmux.waitFor("dialog closed") { !$0.contains("Bought 3 of 3") }

        try tmux.send("2")
        try await tmux.waitFor("owned view") { $0.contains("monthly") }
        for number in numbers {
            try filter(tmux, by: number)
            try await tmux.waitFor("\(number) owned") { Self.lists(number, $0) }
        }

        try tmux.send("x")
        try await tmux.waitFor(text: "Release this number?")
        try tmux.send("Tab")
        try tmux.type(String(numbers[2].suffix(4)))
        try await tmux.waitFor(text: "[ Release ]")
        try tmux.send("Enter")
        try await tmux.waitFor(text: "Released")
        try tmux.send("Escape")

        try tmux.send("1")
        try filter(tmux, by: numbers[2])
        try await tmux.waitFor("released number for sale again", timeout: .seconds(30)) { Self.lists(numbers[2], $0) && $0.contains("page 1/") }

        try tmux.send("3")
        let history = try await tmux.waitFor(text: "4 entries")
        #expect(numbers.allSatisfy { number in Self.lists(number, history) }, "History names the three numbers:\n\(history)")
        try await run.quitAndCheckRestored()
    }

    /// The whole batch confirmation typed ahead in one burst, or pasted into the open dialog,
    /// buys nothing; the same keys at a human pace buy the three.
    @Test func aBatchConfirmationTypedAheadOrPastedBuysNothing() async throws {
        let run = try TUIRun()
        defer { run.close() }
        let tmux = run.session
        let journal = { run.file(".local/state/dialtone/sandbox-purchases.jsonl") }
        try await tmux.waitFor(text: "page 1/", timeout: .seconds(60))
        for _ in 0..<3 { try tmux.send("Space") }
        try await tmux.waitFor(text: "3 marked")

        try tmux.send("b", "Tab", "3", "Enter")  // one burst: a macro, or keys typed ahead of the dialog
        try await tmux.waitFor(text: "[ Buy ]")  // where Buy would have armed
        // A digit typed after the burst lands in an empty count field only when the burst's count was dropped.
        var screen = try await tmux.probe("7", until: "the probe digit is the count typed") { $0.contains("Type count     [7] (3)") }
        #expect(screen.contains("Buy these 3 numbers?") && !screen.contains("Bought"), "the burst was discarded:\n\(screen)")
        #expect(journal().isEmpty, "nothing journalled, nothing sent")
        try tmux.send("BSpace")
        try await tmux.waitFor(text: "Type count     [_] (3)")

        try tmux.paste("\t3\r")
        screen = try await tmux.probe("7", until: "the probe digit, not the pasted one, is the count typed") { $0.contains("Type count     [7] (3)") }
        #expect(screen.contains("Buy these 3 numbers?") && !screen.contains("Bought"), "a paste is not typed into the dialog:\n\(screen)")
        #expect(journal().isEmpty)
        try tmux.send("BSpace")
        try await tmux.waitFor(text: "Type count     [_] (3)")

        try tmux.send("Tab")
        try tmux.type("3")
        try await tmux.waitFor(text: "[ Buy ]")
        try tmux.send("Enter")
        try await tmux.waitFor(text: "Bought 3 of 3")
        #expect(journal().split(separator: "\n").count == 6, "an intent and a done line for each of the three")
        try tmux.send("Escape")
        try await run.quitAndCheckRestored()
    }

    /// Replaces the search text with the number's last eight digits.
    private func filter(_ tmux: TmuxSession, by number: String) throws {
        try tmux.send("/")
        for _ in 0..<12 { try tmux.send("BSpace") }
        try tmux.type(String(number.suffix(8)))
        try tmux.send("Enter")
    }

    /// The digits of the first `+…` number after `marker` on a line of `screen` (the dialog is
    /// drawn over the table, whose rows show numbers to its left).
    static func number(after marker: String, in screen: String) -> String? {
        for line in screen.split(separator: "\n") {
            guard let found = line.range(of: marker) else { continue }
            let rest = line[found.upperBound...]
            return rest.range(of: #"\+[0-9][0-9 ]*[0-9]"#, options: .regularExpression).map { rest[$0].filter(\.isNumber) }
        }
        return nil
    }

    /// Whether a row of `screen` shows `number` (its digits, however grouped).
    static func lists(_ number: String, _ screen: String) -> Bool {
        screen.split(separator: "\n").contains { $0.filter(\.isNumber).contains(number) }
    }
}
