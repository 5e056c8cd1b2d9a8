import Foundation

/// The sandbox's timestamps, written as the providers write them (`2026-03-25T10:00:00Z`):
/// whole seconds in UTC, so two of them compare as text in time order.
enum SandboxClock {
    /// `date` as a provider timestamp.
    static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: false).timeZone(separator: .omitted))
            .replacingOccurrences(of: "+0000", with: "Z")
    }

    /// The moment a timestamp written by `timestamp` names.
    static func date(_ timestamp: String) -> Date? {
        try? Date(timestamp, strategy: .iso8601)
    }
}

extension Duration {
    /// The duration in seconds, fractions included.
    var seconds: TimeInterval {
        let (whole, attoseconds) = components
        return TimeInterval(whole) + TimeInterval(attoseconds) / 1e18
    }
}
