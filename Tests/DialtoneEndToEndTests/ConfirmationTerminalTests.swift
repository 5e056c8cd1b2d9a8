import DialtoneSandbox
import Foundation
import Testing

/// The confirmation dialogs in a real 80×24 terminal, on profiles made from environment variables
/// against `dialtone sandbox serve`: a dialog confirms exactly the row it was opened on, and keys
/// typed ahead of any dialog never answer it (issue 23, findings 5 and 6).
@Suite(.serialized, .timeLimit(.minutes(4))) struct ConfirmationTerminalTests {
    /// A `sandbox serve` process in a fresh folder; `stop()` it on every path.
    private static func serve() throws -> SandboxServeProcess {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dialtone-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try SandboxServeProcess(folder: folder)
    }

    /// The Vobiz main account's variables, and with `plivo` the Plivo main account's too, both
    /// searching the US: real-provider profiles with no config file.
    private static func environment(_ serve: SandboxServeProcess, plivo: Bool = false) -> [String: String] {
        var environment = serve.vobizEnvironment.merging(["VOBIZ_DEFAULT_COUNTRY": "US"]) { $1 }
        if plivo {
            environment["PLIVO_AUTH_ID"] = SandboxCredentials.plivoMainAuthID
            environment["PLIVO_AUTH_TOKEN"] = SandboxCredentials.plivoMainToken
            environment["PLIVO_DEFAULT_COUNTRY"] = "US"
        }
        return environment
    }

    /// The numbers the Vobiz account owns, as `dialtone owned --json` lists them.
    private static func owned(_ serve: SandboxServeProcess) async throws -> [String] {
        let owned = try await CLIRunner(extra: environment(serve)).run(["owned", "--json"])
        try #require(owned.status == 0, "\(owned.stderr)")
        return owned.stdout.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["number"] as? String
        }
    }

    private static func journal(_ run: TUIRun) -> String {
        run.file(".local/state/dialtone/purchases.jsonl")
    }

    /// The value beside `label` in the first box under the line that holds `title`.
    static func boxValue(_ label: String, under title: String, in screen: String) -> String? {
        let lines = screen.split(separator: "\n")
        guard let top = lines.firstIndex(where: { $0.contains(title) }) else { return nil }
        for line in lines[top...] {
            guard let found = line.range(of: "│ \(label) ") else { continue }
            return line[found.upperBound...].prefix { $0 != "│" }.trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    /// Issue 23, finding 5: `j` in the All providers details overlay moved a hidden selection,
    /// and `b` there quoted the active profile's row instead of the one shown.
    @Test func bInTheAllProvidersDetailsQuotesTheRowTheyShowWithItsProfile() async throws {
        let serve = try Self.serve()
        defer { serve.stop() }
        let run = try TUIRun(columns: 80, rows: 24, environment: Self.environment(serve, plivo: true))
        defer { run.close() }
        let tmux = run.session
        try await tmux.waitFor(text: "page 1/", timeout: .seconds(60))
        try tmux.send("a")
        try await tmux.waitFor("both providers listed") { $0.contains("Vobiz 1/") && $0.contains("Plivo 1/") }
        try tmux.send("g", "Enter")
        let opened = try await tmux.waitFor(text: "Details")
        let first = try #require(Self.boxValue("Number", under: "Details", in: opened), "\(opened)")

        try tmux.send("j")
        let moved = try await tmux.waitFor("the details follow j", timeout: .seconds(5)) {
            Self.boxValue("Number", under: "Details", in: $0).map { $0 != first } ?? false
        }
        let number = try #require(Self.boxValue("Number", under: "Details", in: moved))
        let profile = try #require(Self.boxValue("Profile", under: "Details", in: moved), "the details name the row's profile:\n\(moved)")

        try tmux.send("b")
        let dialog = try await tmux.waitFor(text: "Buy this number?")
        #expect(Self.boxValue("Number", under: "Buy this number?", in: dialog) == number, "the number the details showed:\n\(dialog)")
        #expect(Self.boxValue("Profile", under: "Buy this number?", in: dialog)?.hasPrefix("\(profile) (") == true, "its profile:\n\(dialog)")
        try tmux.send("Escape")
        try await tmux.waitFor("dialog closed") { !$0.contains("Buy this number?") }
        #expect(Self.journal(run).isEmpty)
        try tmux.send("Escape")  // the details
        try await tmux.waitFor("details closed") { !$0.contains("Details") }
        try await run.quitAndCheckRestored()
    }

    /// Issue 23, finding 6: `x`, the last four digits and Tab in one write, then one Enter,
    /// released the number.
    @Test func aReleaseConfirmationTypedAheadReleasesNothing() async throws {
        let serve = try Self.serve()
        defer { serve.stop() }
        let number = try #require(try await Self.owned(serve).first, "the sandbox seeds owned numbers")
        let run = try TUIRun(columns: 80, rows: 24, environment: Self.environment(serve))
        defer { run.close() }
        let tmux = run.session
        try await tmux.waitFor(text: "page 1/", timeout: .seconds(60))
        try await tmux.showOwned(number.filter(\.isNumber))

        let digits = number.suffix(4).map(String.init)
        try tmux.send("x", digits[0], digits[1], digits[2], digits[3], "Tab")  // one write: a macro, keys typed ahead
        try await tmux.waitFor(text: "[ Release ]")  // the arming delay is over
        // A digit typed now lands in an empty field only when the typed-ahead digits were dropped.
        try await tmux.probe("0", until: "the probe digit is the only one") { $0.contains("[0___]") }
        try tmux.send("Enter")
        let screen = try await tmux.waitFor("the dialog answered Enter") { !$0.contains("Release this number?") && !$0.contains("Releasing…") }
        #expect(!screen.contains("Released") && !screen.contains("released +"), "Enter cancelled:\n\(screen)")
        #expect(!Self.journal(run).contains("release"), "nothing journalled, nothing sent")
        #expect(try await Self.owned(serve).contains(number), "the number is still owned")
        try await run.quitAndCheckRestored()
    }

    /// Marks, `b`, the count, Tab and Enter in one write, then one more Enter once Buy would have
    /// armed, buy nothing on a real-provider profile.
    @Test func aBatchConfirmationTypedAheadInOneWriteBuysNothing() async throws {
        let serve = try Self.serve()
        defer { serve.stop() }
        let ownedBefore = try await Self.owned(serve).count
        let run = try TUIRun(columns: 80, rows: 24, environment: Self.environment(serve))
        defer { run.close() }
        let tmux = run.session
        let first = try await tmux.waitFor(text: "page 1/", timeout: .seconds(60))
        #expect(!first.contains("SANDBOX"), "a real-provider profile, not the built-in sandbox")

        try tmux.send("Space", "Space", "Space", "b", "3", "Tab", "Enter")  // one write
        try await tmux.waitFor(text: "[ Buy ]")  // where Buy would have armed
        // A digit typed now lands in an empty count field only when the typed-ahead count was dropped.
        let screen = try await tmux.probe("7", until: "the probe digit is the count typed") { $0.contains("[7] (3)") }
        #expect(screen.contains("Buy these 3 numbers?") && !screen.contains("Bought"), "the burst was discarded:\n\(screen)")
        #expect(Self.journal(run).isEmpty, "nothing journalled, nothing sent")
        try tmux.send("Enter")  // on Cancel, since the count and Tab were dropped with the rest
        let after = try await tmux.waitFor("the dialog answered Enter") { !$0.contains("Buy these 3 numbers?") && !$0.contains("Buying") }
        #expect(!after.contains("Bought"), "Enter cancelled:\n\(after)")
        #expect(Self.journal(run).isEmpty)
        #expect(try await Self.owned(serve).count == ownedBefore)
        try await run.quitAndCheckRestored()
    }
}
