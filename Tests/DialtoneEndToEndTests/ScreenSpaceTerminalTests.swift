import Foundation
import Testing

/// In a real terminal: the table fills every size and keeps its total, every common form of the
/// cursor keys moves the selection, and an unreachable provider is named at once.
@Suite(.serialized, .timeLimit(.minutes(3))) struct ScreenSpaceTerminalTests {
    /// `page 1/4 · 96 numbers` from the status bar.
    static func paging(_ screen: String) -> (page: String, total: Int)? {
        guard let match = screen.range(of: #"page [0-9]+/[0-9]+ · [0-9]+ numbers?"#, options: .regularExpression) else { return nil }
        let text = String(screen[match])
        let total = text.split(separator: "·")[1].filter(\.isNumber)
        return (String(text.split(separator: " ")[1]), Int(total) ?? -1)
    }

    /// Table rows on the screen: lines that start with a number, or with the pointer and one.
    static func tableRows(_ screen: String) -> [String] {
        screen.split(separator: "\n").map(String.init).filter { $0.hasPrefix("  +") || $0.hasPrefix("▶ +") }
    }

    /// Index among the table rows of the selected one.
    static func selectedRow(_ screen: String) -> Int? {
        tableRows(screen).firstIndex { $0.hasPrefix("▶") }
    }

    @Test func resizingKeepsTheTableFullAndTheTotalUnchanged() async throws {
        let run = try TUIRun(columns: 120, rows: 40)
        defer { run.close() }
        let tmux = run.session
        let first = try await tmux.waitFor("a full first page") { Self.paging($0) != nil && Self.tableRows($0).count == 36 }
        let total = try #require(Self.paging(first)?.total)
        for (columns, rows) in [(80, 24), (200, 60), (120, 40)] {
            try tmux.resize(columns: columns, rows: rows)
            let screen = try await tmux.waitFor("a full table at \(columns)×\(rows)") { screen in
                Self.tableRows(screen).count == rows - 4 && Self.paging(screen)?.total == total
            }
            let perPage = rows - 4
            #expect(Self.paging(screen)?.page == "1/\((total + perPage - 1) / perPage)", "page count follows the page size")
        }
        try await run.quitAndCheckRestored()
    }

    @Test func everyRawFormOfTheCursorKeysMovesTheSelection() async throws {
        let run = try TUIRun(columns: 120, rows: 40)
        defer { run.close() }
        let tmux = run.session
        try await tmux.waitFor("the first page") { Self.selectedRow($0) == 0 && Self.tableRows($0).count == 36 }
        func press(_ form: String, _ bytes: [String], expect row: Int) async throws {
            try tmux.sendBytes(bytes)
            try await tmux.waitFor("\(form) selects row \(row)") { Self.selectedRow($0) == row }
        }
        try await press("ESC [ B", ["1b", "5b", "42"], expect: 1)
        try await press("ESC O B", ["1b", "4f", "42"], expect: 2)
        try await press("ESC [ A", ["1b", "5b", "41"], expect: 1)
        try await press("ESC O A", ["1b", "4f", "41"], expect: 0)
        for (form, bytes) in [("ESC [ F", ["1b", "5b", "46"]), ("ESC O F", ["1b", "4f", "46"]), ("ESC [ 4 ~", ["1b", "5b", "34", "7e"])] {
            try await press(form, bytes, expect: 35)
            try tmux.send("g")
            try await tmux.waitFor("back to the top") { Self.selectedRow($0) == 0 }
        }
        for (form, bytes) in [("ESC [ H", ["1b", "5b", "48"]), ("ESC O H", ["1b", "4f", "48"]), ("ESC [ 1 ~", ["1b", "5b", "31", "7e"])] {
            try tmux.send("G")
            try await tmux.waitFor("at the bottom") { Self.selectedRow($0) == 35 }
            try await press(form, bytes, expect: 0)
        }
        try tmux.sendBytes(["1b", "5b", "36", "7e"])
        try await tmux.waitFor("ESC [ 6 ~ pages down") { Self.paging($0)?.page.hasPrefix("2/") == true }
        try tmux.sendBytes(["1b", "5b", "35", "7e"])
        try await tmux.waitFor("ESC [ 5 ~ pages up") { Self.paging($0)?.page.hasPrefix("1/") == true }
        try await run.quitAndCheckRestored()
    }

    /// A refused connection fails at once: a connection pool that kept reconnecting would name
    /// it only at the 10 s connect deadline (`HTTPTransport.sharedClient`). Waiting half that
    /// long leaves a loaded machine room; the fault takes all of it.
    @Test func aClosedPortIsNamedInTheBodyBeforeTheConnectDeadline() async throws {
        let run = try TUIRun(columns: 80, rows: 24, environment: [
            "VOBIZ_AUTH_ID": "MA_CLOSED01", "VOBIZ_AUTH_TOKEN": "closed-port-token", "DIALTONE_BASE_URL": "http://127.0.0.1:1",
        ])
        defer { run.close() }
        let tmux = run.session
        try await tmux.waitFor("the first frame", timeout: .seconds(30)) { $0.contains("Inventory") }
        let screen = try await tmux.waitFor(text: "connection refused by 127.0.0.1:1", timeout: .seconds(5))
        #expect(screen.contains("r retries") && !screen.contains("retrying in"), "\(screen)")
        #expect(!screen.contains("errno") && !screen.contains("page 1 ·"), "\(screen)")
        try await run.quitAndCheckRestored()
    }

    @Test func headlessCommandsWordAClosedPortForPeople() async throws {
        let cli = try CLIRunner(extra: [
            "VOBIZ_AUTH_ID": "MA_CLOSED01", "VOBIZ_AUTH_TOKEN": "closed-port-token", "DIALTONE_BASE_URL": "http://127.0.0.1:1",
        ])
        for arguments in [["inventory"], ["owned"], ["doctor"]] {
            let result = try await cli.run(arguments)
            let output = result.stdout + result.stderr
            #expect(result.status == 1, "a provider that could not be reached fails the command: \(arguments)")
            #expect(output.contains("connection refused by 127.0.0.1:1"), "\(arguments): \(output)")
            #expect(!output.contains("errno") && !output.contains("error set"), "\(arguments): \(output)")
        }
    }
}
