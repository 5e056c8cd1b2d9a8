import Foundation
import Testing

/// In tmux against the built-in sandbox: buy two numbers (bought numbers route nowhere), filter
/// Owned by "route nowhere" and read the count and monthly cost in the status bar, mark the two
/// and release both on one confirmation — the confirmation typed ahead in one burst is dropped —
/// then see both pending release and both releases in History.
@Suite(.serialized, .timeLimit(.minutes(4))) struct TerminalRouteNowhereTests {
    @Test func routeNowhereShowsWhatItCostsAndTheMarkedAreReleasedOnOneConfirmation() async throws {
        let run = try TUIRun()
        defer { run.close() }
        let tmux = run.session
        try await tmux.waitFor(text: "page 1/", timeout: .seconds(60))
        try tmux.send("Space")
        try tmux.send("Space")
        try await tmux.waitFor(text: "2 marked")
        try tmux.send("b")
        let quote = try await tmux.waitFor(text: "Buy these 2 numbers?")
        let numbers = (1...2).compactMap { BatchPurchaseTerminalTests.number(after: "#\($0) ", in: quote) }
        try #require(numbers.count == 2, "two numbers quoted:\n\(quote)")
        try tmux.send("Tab")
        try tmux.type("2")
        try await tmux.waitFor(text: "[ Buy ]")
        try tmux.send("Enter")
        try await tmux.waitFor(text: "Bought 2 of 2")
        try tmux.send("Escape")
        try await tmux.waitFor("dialog closed") { !$0.contains("Bought 2 of 2") }

        try tmux.send("2")
        try await tmux.waitFor("the bought numbers owned") { screen in numbers.allSatisfy { Self.row(of: $0, in: screen) != nil } }
        try tmux.send("t")
        try await tmux.waitFor(text: "route nowhere")
        try tmux.type("route")
        try tmux.send("Enter")
        let filtered = try await tmux.waitFor("route nowhere in the status bar") { $0.contains(" route nowhere · ") }
        let rows = Self.tableRows(filtered)
        let status = try #require(filtered.split(separator: "\n").first { $0.contains(" route nowhere · ") }.map(String.init))
        #expect(status.contains("\(rows.count) route nowhere · "), "the count of rows shown:\n\(filtered)")
        #expect(status.hasSuffix(" a month") && status.range(of: #"(INR|USD|EUR) [0-9,]+\.[0-9]{2}"#, options: .regularExpression) != nil,
                "the monthly cost with its currency code:\n\(status)")
        #expect(rows.allSatisfy { $0.contains(" — ") }, "every row shown routes nowhere:\n\(filtered)")

        // Mark the two bought numbers: the pointer starts on the first row; Space marks and moves down.
        var at = 0
        for index in numbers.compactMap({ Self.row(of: $0, in: filtered) }).sorted() {
            for _ in at..<index { try tmux.send("j") }
            try tmux.send("Space")
            at = index + 1
        }
        try await tmux.waitFor(text: "2 marked")

        try tmux.send("x", "2", "Tab", "Enter")  // one burst: typed ahead of the dialog
        try await tmux.waitFor(text: "[ Release ]")  // where Release would have armed
        let dialog = try await tmux.probe("7", until: "the probe digit is the count typed") { $0.contains("[7] (2) to arm Release") }
        #expect(dialog.contains("Release these 2 numbers?") && !dialog.contains("Released"), "the burst was dropped:\n\(dialog)")
        #expect(numbers.allSatisfy { number in dialog.split(separator: "\n").contains { $0.contains("│ #") && $0.filter(\.isNumber).contains(number) } },
                "both numbers listed:\n\(dialog)")
        #expect(dialog.contains("Monthly fees") && dialog.contains(" stop"))
        try tmux.send("BSpace")
        try tmux.send("Tab")
        try tmux.type("2")
        try await tmux.waitFor(text: "[2] (2) to arm Release")
        try tmux.send("Enter")
        let result = try await tmux.waitFor(text: "Released 2 of 2")
        #expect(result.split(separator: "\n").filter { $0.contains("│ #") && $0.contains("released +") }.count == 2, "\(result)")
        try tmux.send("Escape")
        try await tmux.waitFor("both pending release") { screen in
            numbers.allSatisfy { number in Self.tableRows(screen).contains { $0.filter(\.isNumber).contains(number) && $0.contains("pending release") } }
        }

        try tmux.send("3")
        let history = try await tmux.waitFor("History lists both releases") { screen in
            screen.contains("Spent this month") && numbers.allSatisfy { number in
                screen.split(separator: "\n").contains { $0.filter(\.isNumber).contains(number) && $0.contains("release") && $0.contains("released") }
            }
        }
        #expect(numbers.allSatisfy { number in history.split(separator: "\n").contains { $0.filter(\.isNumber).contains(number) && $0.contains("bought") } },
                "History lists both purchases too:\n\(history)")
        try await run.quitAndCheckRestored()
    }

    /// The table's rows: the lines between the heading (line 1) and the totals line.
    static func tableRows(_ screen: String) -> [String] {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return Array(lines.dropFirst(2).prefix { !$0.contains("Monthly total") && !$0.trimmingCharacters(in: .whitespaces).isEmpty })
    }

    /// Which table row lists `number`'s digits.
    static func row(of number: String, in screen: String) -> Int? {
        tableRows(screen).firstIndex { $0.filter(\.isNumber).contains(number) }
    }
}
