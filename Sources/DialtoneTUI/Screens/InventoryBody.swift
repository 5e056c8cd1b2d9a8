import DialtoneCore
import DialtoneViewModels
import Foundation

/// What the inventory table's body says when it has no rows: loading, a retry under way, why
/// it is empty, or what failed — each with the key that helps.
enum InventoryBody {
    /// - Parameter now: counts the wait before a retry down; `nil` shows the whole wait.
    static func message(_ state: InventoryState, now: Date? = nil) -> String {
        if let retry = state.retrying {
            var wait = retry.wait
            if let now, let due = state.retryDue { wait = .milliseconds(max(0, Int(due.timeIntervalSince(now) * 1000))) }
            // Two lines, so that each reads whole at 80 columns.
            return "\(retry.reason)\n"
                + "retrying in \(seconds(wait)), attempt \(retry.nextAttempt) of \(retry.maxAttempts) · r retries now, Esc stops"
        }
        if state.isLoading { return "loading…" }
        if let notice = state.notice {
            let needsCountry = state.features?.requiresCountry == true && state.query.country == nil
            let name = state.provider?.displayName ?? "This provider"
            return needsCountry ? "\(name) searches one country at a time\nc picks a country" : notice
        }
        if let error = state.error { return "\(error.description)\nr retries" }
        return state.query.search.isEmpty ? "no numbers match" : "no numbers match /\(state.query.search)\n/ changes the search"
    }

    /// `2 s`, or `0.3 s` below a second.
    static func seconds(_ duration: Duration) -> String {
        let milliseconds = duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
        if milliseconds >= 950 { return "\(max(1, (milliseconds + 500) / 1000)) s" }
        return "0.\(max(0, (milliseconds + 50) / 100)) s"
    }
}
