import Foundation
import Synchronization

/// When the earliest running release cooldown ends, so a request only pays for a write when
/// one is due (`ReleaseStore.completeDue`).
final class CooldownWatch: Sendable {
    /// The earliest known end; `nil` when none is running.
    private let earliest = Mutex<Date?>(nil)

    /// Notes one more cooldown ending at `end`.
    func note(_ end: Date) {
        earliest.withLock { current in current = min(current ?? end, end) }
    }

    /// Whether a cooldown has ended by `now`.
    func isDue(at now: Date) -> Bool {
        earliest.withLock { $0.map { $0 <= now } ?? false }
    }

    /// Replaces what is known with what the database says (`nil`: none running).
    func reset(to end: Date?) {
        earliest.withLock { $0 = end }
    }
}
