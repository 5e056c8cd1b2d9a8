import Foundation
import Testing

/// A second start against a slow provider draws the page the first run saw at once, marked
/// with its age, refuses to buy from it, and replaces it when the provider answers.
@Suite(.serialized, .timeLimit(.minutes(3))) struct WarmStartTerminalTests {
    @Test func aSecondStartDrawsTheSavedPageBeforeASlowProviderAnswers() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dialtone-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let serve = try SandboxServeProcess(folder: folder)
        defer { serve.stop() }

        let first = try TUIRun(environment: serve.vobizEnvironment)
        defer { first.close() }
        let firstScreen = try await first.session.waitFor(text: "page 1/", timeout: .seconds(60))
        #expect(!firstScreen.contains("saved "), "nothing was saved before the first run")
        let firstRow = try #require(Self.firstNumberRow(firstScreen))
        try await first.quitAndCheckRestored()
        first.close()

        // The provider holds every answer a while: the first page drawn is the saved one, marked with
        // its age and still loading, or the fresh one (unmarked) when nothing was drawn before it.
        try await serve.setFaults(#"{"latency_ms":4000}"#)
        let second = try TUIRun(environment: serve.vobizEnvironment, reusing: first.home)
        defer { second.close() }
        let warm = try await second.session.waitFor(text: "page 1/", timeout: .seconds(60))
        #expect(warm.range(of: #"saved (just now|[0-9]+ s ago) · "#, options: .regularExpression) != nil, "drawn before the provider's answer, marked with its age:\n\(warm)")
        #expect(Self.firstNumberRow(warm) == firstRow, "the page the first run saw")

        try second.session.send("b")
        let refused = try await second.session.waitFor(text: "buying waits for the fresh one")
        #expect(!refused.contains("Buy this number?"))

        let fresh = try await second.session.waitFor("the provider's page") { !$0.contains("loading") && $0.contains("page 1/") }
        #expect(fresh.range(of: #"saved (just now|[0-9]+ (s|min) ago) · "#, options: .regularExpression) == nil, "the age mark is gone")
        #expect(Self.firstNumberRow(fresh) != nil)
        try await serve.setFaults("{}")
        try await second.quitAndCheckRestored()
    }

    /// The first table row that holds a number.
    static func firstNumberRow(_ screen: String) -> String? {
        screen.split(separator: "\n").dropFirst(2).first { $0.contains("+") }.map { String($0.prefix(60)) }
    }
}
