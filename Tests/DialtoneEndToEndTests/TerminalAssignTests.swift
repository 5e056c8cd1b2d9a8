import Foundation
import Testing

/// In tmux against the built-in sandbox: Owned, `t` "route nowhere", mark two Vobiz numbers,
/// `A` and pick a trunk, confirm once (keys typed ahead of the dialog dropped), then see the two
/// leave the filter and the status bar's count fall by two, the Routes-to column name the trunk,
/// and History list both changes.
@Suite(.serialized, .timeLimit(.minutes(4))) struct TerminalAssignTests {
    @Test func markedNumbersThatRouteNowhereAreRoutedToATrunkOnOneConfirmation() async throws {
        let run = try TUIRun()
        defer { run.close() }
        let tmux = run.session
        try await tmux.waitFor(text: "page 1/", timeout: .seconds(60))
        try tmux.send("2")
        try await tmux.waitFor(text: "Routes to")
        try tmux.send("t")
        try await tmux.waitFor(text: "route nowhere")
        try tmux.type("route")
        try tmux.send("Enter")
        let filtered = try await tmux.waitFor("route nowhere in the status bar") { $0.contains(" route nowhere · ") }
        let before = try #require(Self.count(in: filtered), "the status bar's count:\n\(filtered)")
        let rows = TerminalRouteNowhereTests.tableRows(filtered)
        let vobiz = rows.indices.filter { rows[$0].contains("Vobiz") }
        try #require(vobiz.count >= 2, "two Vobiz numbers route nowhere:\n\(filtered)")
        let numbers = vobiz.prefix(2).map { Self.digits(of: rows[$0]) }

        var at = 0
        for index in vobiz.prefix(2) {
            for _ in at..<index { try tmux.send("j") }
            try tmux.send("Space")
            at = index + 1
        }
        try await tmux.waitFor(text: "2 marked")
        try tmux.send("A")
        let picker = try await tmux.waitFor(text: "Route 2 numbers to (trunk)")
        let trunk = try #require(["Mumbai PBX", "Bengaluru contact centre", "Twilio SIP bridge"].first { picker.contains($0) }, "\(picker)")
        try tmux.type(String(trunk.prefix(6)))
        try tmux.send("Enter", "Tab", "2", "Enter")  // Enter picks; the rest is typed ahead of the dialog
        try await tmux.waitFor(text: "Route 2 numbers to \(trunk)?")
        let dialog = try await tmux.probe("7", until: "the probe digit is the count typed") { $0.contains("[7] (2) to arm Route") }
        #expect(!dialog.contains("Routed"), "the burst was dropped:\n\(dialog)")
        try tmux.send("BSpace")
        try tmux.send("Tab")
        try tmux.type("2")
        try await tmux.waitFor("armed: the count typed and the delay over") { $0.contains("[2] (2) to arm Route") && $0.contains("[ Route ]") }
        try tmux.send("Enter")
        try await tmux.waitFor(text: "Routed 2 of 2")
        try tmux.send("Escape")

        let after = try await tmux.waitFor("the two left the filter") { screen in
            Self.count(in: screen) == before - 2 && !numbers.contains { number in Self.digitsOnScreen(screen).contains(number) }
        }
        #expect(after.contains(" route nowhere · "))
        try tmux.send("t")
        try await tmux.waitFor(text: "route nowhere")
        try tmux.type("all")
        try tmux.send("Enter")
        try tmux.send("/")
        try tmux.type(String(numbers[0].suffix(6)))
        try tmux.send("Enter")
        let routed = try await tmux.waitFor("the Routes-to column names the trunk") { screen in
            TerminalRouteNowhereTests.tableRows(screen).contains { Self.digits(of: $0).contains(numbers[0]) && $0.contains(String(trunk.prefix(6))) }
        }
        #expect(!routed.contains(" route nowhere · "))

        try tmux.send("3")
        let history = try await tmux.waitFor("History lists both changes") { screen in
            numbers.allSatisfy { number in
                screen.split(separator: "\n").contains { $0.filter(\.isNumber).contains(number) && $0.contains("route") && $0.contains("to \(trunk.prefix(4))") }
            }
        }
        #expect(history.contains("Spent this month"))
        try await run.quitAndCheckRestored()
    }

    /// `12` from the status bar's `12 route nowhere · …`.
    static func count(in screen: String) -> Int? {
        guard let found = screen.range(of: #"[0-9]+ route nowhere · "#, options: .regularExpression) else { return nil }
        return Int(screen[found].prefix { $0.isNumber })
    }

    /// The number's digits on a table row (its first run of digits and spaces after the pointer).
    static func digits(of row: String) -> String {
        String(row.drop { !$0.isNumber && $0 != "+" }.prefix { $0.isNumber || $0 == " " || $0 == "+" }.filter(\.isNumber))
    }

    private static func digitsOnScreen(_ screen: String) -> [String] {
        TerminalRouteNowhereTests.tableRows(screen).map(digits(of:))
    }
}
