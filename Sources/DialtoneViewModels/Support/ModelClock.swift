import Foundation

/// The time source the view models use for debouncing, timestamps and listing ages.
///
/// A struct of closures (a live value and test values) so tests drive time by hand and never
/// assert on wall-clock timing. Instants are `Duration`s from an arbitrary origin fixed per clock.
public struct ModelClock: Sendable {
    /// The current instant, measured from this clock's origin.
    public var now: @Sendable () -> Duration
    /// Suspends until `deadline` (same origin as `now`); throws `CancellationError` when the task is cancelled.
    public var sleepUntil: @Sendable (_ deadline: Duration) async throws -> Void
    /// The wall-clock date, for message timestamps, journal lines and listing ages.
    public var date: @Sendable () -> Date

    public init(
        now: @escaping @Sendable () -> Duration,
        sleepUntil: @escaping @Sendable (Duration) async throws -> Void,
        date: @escaping @Sendable () -> Date
    ) {
        self.now = now
        self.sleepUntil = sleepUntil
        self.date = date
    }

    /// Real time: `ContinuousClock` for instants, `Date()` for dates.
    public static var live: ModelClock {
        let origin = ContinuousClock.now
        return ModelClock(
            now: { ContinuousClock.now - origin },
            sleepUntil: { deadline in try await Task.sleep(until: origin + deadline, clock: .continuous) },
            date: { Date() }
        )
    }

    /// A clock whose sleeps end at once: debounces collapse to a task hop. For screen tests and
    /// property tests that do not care about time.
    public static func immediate(date: Date = Date(timeIntervalSince1970: 1_750_000_000)) -> ModelClock {
        ModelClock(
            now: { .zero },
            sleepUntil: { _ in try Task.checkCancellation() },
            date: { date }
        )
    }
}
