import Foundation

extension TmuxSession {
    /// Types `probe` after whatever was sent before it and returns the first screen on which
    /// `drawn` holds (the probe's visible effect). Keys are handled in the order they arrive, so
    /// that screen was drawn after every earlier key was handled: a check of it is about the
    /// moment after those keys, never a guess at how long they take.
    @discardableResult
    func probe(_ probe: String, until what: String, _ drawn: (String) -> Bool) async throws -> String {
        try type(probe)
        return try await waitFor("\(what), after the keys before it", drawn)
    }
}
