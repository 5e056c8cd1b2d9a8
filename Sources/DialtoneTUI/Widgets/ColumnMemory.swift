import Synchronization

/// The widest text each column has held since the listing last changed, kept across frames
/// by the render loop: paging through one query then never re-lays the table out for a page
/// of shorter names, so a page flip repaints the cells that changed, not every row.
public final class ColumnMemory: Sendable, Hashable {
    private struct Remembered {
        var listing: String?
        var widths: [Int?] = []
    }

    private let remembered = Mutex(Remembered())

    public init() {}

    /// `widths` (a frame's content widths, `nil` for a column none fills) widened to the widest
    /// seen for `listing` (a name for the list shown); a different listing starts again.
    public func widest(_ widths: [Int?], for listing: String) -> [Int?] {
        remembered.withLock { memory in
            if memory.listing != listing || memory.widths.count != widths.count {
                memory = Remembered(listing: listing, widths: widths)
                return widths
            }
            memory.widths = zip(memory.widths, widths).map { old, new in
                switch (old, new) {
                case let (old?, new?): max(old, new)
                default: old ?? new
                }
            }
            return memory.widths
        }
    }

    public static func == (lhs: ColumnMemory, rhs: ColumnMemory) -> Bool { lhs === rhs }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
