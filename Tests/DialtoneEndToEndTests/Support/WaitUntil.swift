import Foundation

/// Polls `condition` (every 20 ms unless told) until it holds. The deadline is only a backstop:
/// it fails the test (naming `what`) when passed, and is never what a test measures.
func waitUntil(
    _ what: String, timeout: Duration = .seconds(60), every interval: Duration = .milliseconds(20), _ condition: () async throws -> Bool
) async throws {
    let deadline = ContinuousClock.now + timeout
    while !(try await condition()) {
        guard ContinuousClock.now < deadline else { throw TmuxError("timed out waiting until \(what)") }
        try await Task.sleep(for: interval)
    }
}
