/// Selection arithmetic shared by every list: moves clamp to the rows, and an empty list selects nothing.
enum ListSelection {
    /// `index` moved by `delta` rows within `count` rows.
    static func moved(_ index: Int?, by delta: Int, count: Int) -> Int? {
        guard count > 0 else { return nil }
        return min(max(0, (index ?? 0) + delta), count - 1)
    }

    /// `index` kept inside `count` rows (the first row when nothing was selected).
    static func clamped(_ index: Int?, count: Int) -> Int? { moved(index, by: 0, count: count) }
}
