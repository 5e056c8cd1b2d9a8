/// Tells observers that some model state changed, so they read a fresh snapshot.
///
/// Each `stream()` call makes one subscriber. A stream buffers at most one pending signal, so a
/// burst of changes wakes a slow reader once: the TUI awaits it together with keyboard input and
/// redraws from the current snapshot, never polling.
@MainActor
public final class ChangeSignal {
    private var continuations: [Int: AsyncStream<Void>.Continuation] = [:]
    private var nextID = 0

    public init() {}

    /// A stream that yields after every state change until the caller stops iterating.
    public func stream() -> AsyncStream<Void> {
        let (stream, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        let id = nextID
        nextID += 1
        continuations[id] = continuation
        continuation.onTermination = { [weak self] _ in
            Task { @MainActor in self?.continuations[id] = nil }
        }
        return stream
    }

    /// Wakes every subscriber.
    func notify() {
        for continuation in continuations.values { continuation.yield() }
    }
}
