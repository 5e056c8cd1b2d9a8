import Foundation

/// The delay before a dialog's button that spends money or gives something up can be pressed:
/// keys typed ahead, repeated or pasted cannot reach it (DESIGN §3.2).
enum ArmingCountdown {
    /// How many tenths of a second `delay` lasts (never negative).
    static func steps(for delay: Duration) -> Int {
        max(0, Int(delay / .milliseconds(100)))
    }

    /// Counts `steps` tenths of a second down from now on `clock`, calling `tick` with the tenths
    /// left after each; `tick` returns `false` when its dialog is gone. `nil` when there is no delay.
    @MainActor
    static func start(clock: ModelClock, steps: Int, tick: @escaping @MainActor (Int) -> Bool) -> Task<Void, Never>? {
        guard steps > 0 else { return nil }
        let start = clock.now()
        return Task { @MainActor in
            for step in 1...steps {
                do { try await clock.sleepUntil(start + .milliseconds(100 * step)) } catch { return }
                guard tick(steps - step) else { return }
            }
        }
    }
}
