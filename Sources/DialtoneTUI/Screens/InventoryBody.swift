import DialtoneCore
import DialtoneViewModels

/// What the inventory table's body says when it has no rows: loading, a retry under way, why
/// it is empty, or what failed — each with the key that helps.
enum InventoryBody {
    static func message(_ state: InventoryState) -> String {
        if let retry = state.retrying {
            return "\(retry.reason) — retrying in \(seconds(retry.wait)), attempt \(retry.nextAttempt) of \(retry.maxAttempts)\n"
                + "r retries now, Esc stops"
        }
        if state.isLoading { return "loading…" }
        if let notice = state.notice {
            let needsCountry = state.features?.requiresCountry == true && state.query.country == nil
            return needsCountry ? "\(notice)\nc picks a country" : notice
        }
        if let error = state.error { return "\(error.description)\nr retries" }
        return state.query.search.isEmpty ? "no numbers match" : "no numbers match /\(state.query.search)\n/ changes the search"
    }

    /// `2 s`, or `0.3 s` below a second.
    static func seconds(_ duration: Duration) -> String {
        let milliseconds = duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
        if milliseconds >= 950 { return "\(max(1, (milliseconds + 500) / 1000)) s" }
        return "0.\(max(1, (milliseconds + 50) / 100)) s"
    }
}
