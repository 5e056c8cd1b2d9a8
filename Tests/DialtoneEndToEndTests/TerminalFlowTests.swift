import Foundation
import Testing

/// The whole product in a real terminal: the built `dialtone` in tmux, on the in-process sandbox.
@Suite(.serialized, .timeLimit(.minutes(3))) struct TerminalFlowTests {
    @Test func browseFilterBuyAndSeeTheNumberOwned() async throws {
        let run = try TUIRun()
        defer { run.close() }
        let tmux = run.session
        try await tmux.waitFor(text: "page 1/", timeout: .seconds(60))
        #expect(try tmux.screen().contains("SANDBOX"))

        try tmux.send("c")
        try await tmux.waitFor(text: "Country")
        try tmux.type("India")
        try tmux.send("Enter")
        let countryScreen = try await tmux.waitFor("country results") { $0.contains("country IN") && Self.pageStatus($0) != nil }
        let countryOnly = try #require(Self.pageStatus(countryScreen))

        try tmux.send("/")
        try tmux.type("80")
        try tmux.send("Enter")
        // The filter shows at once; wait for the search's own results before paging.
        try await tmux.waitFor("search results") { screen in
            screen.contains("/80") && Self.pageStatus(screen).map { $0.hasPrefix("page 1/") && $0 != countryOnly } == true
        }

        try tmux.send("NPage")
        try await tmux.waitFor(text: "page 2/")
        try tmux.send("Enter")

        try tmux.send("b")
        var dialog = try await tmux.waitFor(text: "Buy this number?")
        #expect(dialog.contains("Setup fee") && dialog.contains("Monthly fee"))
        let feeLines = dialog.split(separator: "\n").filter { $0.contains("Setup fee") || $0.contains("Monthly fee") }
        #expect(!feeLines.isEmpty && feeLines.allSatisfy { $0.contains("INR") || $0.contains("USD") || $0.contains("EUR") }, "fees carry their currency")
        let number = try #require(ScreenText.digits(after: "Number", in: dialog))

        try tmux.send("Escape")
        try await tmux.waitFor("dialog closed") { !$0.contains("Buy this number?") }
        #expect(!(try tmux.screen().contains("bought +")), "Cancel bought nothing")

        try tmux.send("b")
        dialog = try await tmux.waitFor(text: "Buy this number?")
        try tmux.send("Tab")
        if dialog.contains("Type last 4") { try tmux.type(String(number.suffix(4))) }
        try await tmux.waitFor(text: "[ Buy ]")  // armed: the dialog has been up for the arming delay
        try tmux.send("Enter")
        let receipt = try await tmux.waitFor(text: "Provider says")
        #expect(receipt.contains("bought"))
        try tmux.send("Escape")
        try await tmux.waitFor("receipt closed") { !$0.contains("Provider says") }
        // The details opened before buying may still hold the keyboard (at 120 columns they look
        // like the side pane); Escape closes them and is harmless when they did not open.
        try tmux.send("Escape")

        try await tmux.showOwned(number)

        try tmux.resize(columns: 80, rows: 24)
        let small = try await tmux.waitFor("80×24 layout") { Self.isWholeOwnedScreen($0, columns: 80, rows: 24) }
        #expect(small.split(separator: "\n").contains { $0.filter(\.isNumber).contains(number) }, "the bought number still shows at 80×24")
        try tmux.resize(columns: 200, rows: 60)
        try await tmux.waitFor("200×60 layout") { Self.isWholeOwnedScreen($0, columns: 200, rows: 60) }
        try await run.quitAndCheckRestored()
    }

    @Test func startsUnderVT100WithoutUTF8() async throws {
        let run = try TUIRun(columns: 80, rows: 24, environment: ["TERM": "vt100", "LANG": "C"])
        defer { run.close() }
        let screen = try await run.session.waitFor(text: "page 1/", timeout: .seconds(60))
        #expect(screen.contains("SANDBOX"))
        #expect(!screen.unicodeScalars.contains { $0.value > 0x7E }, "ASCII only under LANG=C and vt100")
        try await run.quitAndCheckRestored()
    }

    @Test func noColorSendsNoColourEscapes() async throws {
        let run = try TUIRun(environment: ["NO_COLOR": "1"])
        defer { run.close() }
        try await run.session.waitFor(text: "page 1/", timeout: .seconds(60))
        let raw = try run.session.screenWithEscapes()
        #expect(Self.colourParameters(in: raw).isEmpty, "no SGR colour parameters under NO_COLOR")
        #expect(raw.contains("\u{1B}["), "attributes such as reverse video are still sent")
        try await run.quitAndCheckRestored()
    }

    @Test func lightThemeIsTheOneDrawn() async throws {
        // The status bar's background: #d0d0d0 (252) in the light theme, #303030 (236) in the default.
        var statusBackgrounds: [String: Set<Int>] = [:]
        for theme in ["light", "default"] {
            let run = try TUIRun(arguments: "--theme \(theme)")
            defer { run.close() }
            try await run.session.waitFor(text: "page 1/", timeout: .seconds(60))
            let raw = try run.session.screenWithEscapes()
            let statusLine = try #require(raw.split(separator: "\n").last { $0.contains("page 1/") })
            statusBackgrounds[theme] = Set(Self.backgroundIndexes(in: String(statusLine)))
            try await run.quitAndCheckRestored()
        }
        #expect(statusBackgrounds["light"]?.contains(252) == true, "light status bar: \(statusBackgrounds)")
        #expect(statusBackgrounds["default"]?.contains(236) == true, "default status bar: \(statusBackgrounds)")
        #expect(statusBackgrounds["light"]?.contains(236) == false)
    }

    @Test func tinyTerminalGetsAClearMessage() async throws {
        let run = try TUIRun(columns: 60, rows: 15)
        defer { run.close() }
        let message = try await run.session.waitFor(text: "needs at least 80×24", timeout: .seconds(60))
        #expect(message.contains("This terminal is 60×15."))
        #expect(!message.contains("page ") && !message.contains("SANDBOX"), "only the message is drawn")
        try run.session.resize(columns: 100, rows: 30)
        // The page follows the new size: wait for it to be read, not just for the status bar.
        let screen = try await run.session.waitFor("the whole inventory at 100×30", timeout: .seconds(60)) {
            Self.isWholeInventoryScreen($0, rows: 30)
        }
        #expect(!screen.contains("needs at least"))
        try await run.quitAndCheckRestored()
    }

    @Test func sigtermAndSighupRestoreTheTerminal() async throws {
        for signal in ["TERM", "HUP", "INT"] {
            let run = try TUIRun()
            defer { run.close() }
            try await run.session.waitFor(text: "page 1/", timeout: .seconds(60))
            let pid = try #require(Self.pid(of: CLIRunner.binary, home: run.home.path))
            kill(pid, signal == "TERM" ? SIGTERM : signal == "HUP" ? SIGHUP : SIGINT)
            try await run.checkRestored("SIG\(signal)")
        }
    }

    /// The Owned screen drawn whole at `columns`×`rows`: title with the tab, heading, a full
    /// table, the status bar with the monthly totals and the key hints, nothing wider than the window.
    static func isWholeOwnedScreen(_ screen: String, columns: Int, rows: Int) -> Bool {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count >= rows, lines.allSatisfy({ $0.count <= columns }) else { return false }
        let numbered = lines[2..<(rows - 2)].filter { $0.contains("+") }
        return lines[0].contains("Owned") && lines[1].contains("Number") && !numbered.isEmpty
            && lines[rows - 2].contains("monthly") && lines[rows - 1].contains("quit")
    }

    /// The Inventory screen drawn whole: every table row holds a number.
    static func isWholeInventoryScreen(_ screen: String, rows: Int) -> Bool {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count >= rows else { return false }
        return lines[2..<(rows - 2)].allSatisfy { $0.contains("+") } && lines[rows - 2].contains("page 1/")
    }

    /// The 256-colour background indexes (`48;5;N`) set in `text`.
    static func backgroundIndexes(in text: String) -> [Int] {
        text.split(separator: "\u{1B}").compactMap { chunk -> Int? in
            guard let range = chunk.range(of: #"48;5;[0-9]+"#, options: .regularExpression) else { return nil }
            return Int(chunk[range].dropFirst(5))
        }
    }

    /// `page 1/23 · 561 numbers` from the status line, once a count is known.
    static func pageStatus(_ screen: String) -> String? {
        guard let line = screen.split(separator: "\n").last(where: { $0.contains("page ") && $0.contains("numbers") }),
              let start = line.range(of: "page ") else { return nil }
        return String(line[start.lowerBound...]).trimmingCharacters(in: .whitespaces)
    }

    /// Every SGR parameter that sets a colour (30–38, 40–48, 90–97, 100–107) in `text`.
    static func colourParameters(in text: String) -> [Int] {
        let sequences = text.split(separator: "\u{1B}").compactMap { chunk -> Substring? in
            guard chunk.hasPrefix("["), let end = chunk.firstIndex(of: "m") else { return nil }
            return chunk[chunk.index(after: chunk.startIndex)..<end]
        }
        return sequences.flatMap { $0.split(separator: ";").compactMap { Int($0) } }.filter {
            (30...38).contains($0) || (40...48).contains($0) || (90...97).contains($0) || (100...107).contains($0)
        }
    }

    /// The pid of the `dialtone` whose environment names `home`.
    static func pid(of binary: String, home: String) -> pid_t? {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for entry in entries {
            guard let pid = pid_t(entry),
                  let command = try? String(contentsOfFile: "/proc/\(entry)/cmdline", encoding: .utf8),
                  command.hasPrefix(binary + "\0") || command == binary,
                  let environ = FileManager.default.contents(atPath: "/proc/\(entry)/environ"),
                  String(decoding: environ, as: UTF8.self).contains("HOME=\(home)\0") else { continue }
            return pid
        }
        return nil
    }
}
