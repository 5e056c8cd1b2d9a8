#if DEBUG
/// A test hook, compiled into debug builds only: with `DIALTONE_DEBUG_TRAP=1` the front end
/// hits a Swift runtime trap a moment after its first frame, so tests can check that a crash
/// still leaves the terminal as it found it.
enum DebugTrap {
    @MainActor
    static func armIfRequested(_ environment: [String: String]) {
        guard environment["DIALTONE_DEBUG_TRAP"] == "1" else { return }
        Task { @MainActor in
            try? await Task.sleep(for: .milliseconds(300))
            fatalError("DIALTONE_DEBUG_TRAP: deliberate trap")
        }
    }
}
#endif
