import Foundation
import Testing

/// The filter form in a real terminal: `f` opens it, Vobiz shows its filters locked, Plivo takes
/// a city and the status bar and rows show it.
@Suite(.serialized, .timeLimit(.minutes(3))) struct FilterFormTerminalTests {
    @Test func fFiltersPlivoByCityAndShowsVobizsFiltersLocked() async throws {
        let run = try TUIRun()
        defer { run.close() }
        let tmux = run.session
        try await tmux.waitFor(text: "page 1/", timeout: .seconds(60))
        try tmux.send("f")
        try await tmux.waitFor(text: "Search filters · Vobiz")
        #expect(try tmux.screen().contains("not supported by Vobiz"))
        try tmux.send("Escape")
        try await tmux.waitFor("form closed") { !$0.contains("Search filters ·") }

        try tmux.send("p")
        try await tmux.waitFor("Plivo active") { $0.contains("profile sandbox-plivo") || $0.contains("Plivo MADI") }
        try tmux.send("c")
        try await tmux.waitFor(text: "Country")
        try tmux.type("United States")
        try tmux.send("Enter")
        try await tmux.waitFor("US results") { $0.contains("country US") && $0.contains("page 1/") }
        try tmux.send("f")
        try await tmux.waitFor(text: "Search filters · Plivo")
        try tmux.send("Down")
        try tmux.type("San Francisco")
        try tmux.send("Enter")
        let filtered = try await tmux.waitFor("city results") { $0.contains("city San Francisco") && $0.contains("page 1/") }
        #expect(filtered.contains("+1 415"), "San Francisco numbers are listed:\n\(filtered)")
        try await run.quitAndCheckRestored()
    }
}
