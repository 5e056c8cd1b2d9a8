import DialtoneCore

/// Numbers marked for one combined purchase, in the order they were marked. Marks are kept by
/// number, not by row, so they survive paging, sorting and filtering; a profile switch clears them.
public struct InventoryMarks: Sendable, Equatable {
    /// The marked numbers as listed when they were marked.
    public private(set) var numbers: [PhoneNumber] = []

    public init() {}

    public var count: Int { numbers.count }
    public var isEmpty: Bool { numbers.isEmpty }

    /// Whether the number `e164` is marked.
    public func contains(_ e164: String) -> Bool { numbers.contains { $0.e164 == e164 } }

    /// Marks `number`, or unmarks it when it is marked.
    mutating func toggle(_ number: PhoneNumber) {
        if let index = numbers.firstIndex(where: { $0.e164 == number.e164 }) {
            numbers.remove(at: index)
        } else {
            numbers.append(number)
        }
    }

    /// Unmarks `e164` (it was bought).
    mutating func remove(_ e164: String) { numbers.removeAll { $0.e164 == e164 } }

    mutating func removeAll() { numbers.removeAll() }

    /// What the marked numbers charge now, per currency.
    public var chargedNow: CurrencyTotals { CurrencyTotals(numbers.map(\.chargedNow)) }

    /// `"3 marked · USD 5.40 now"` for the status bar; `nil` without marks.
    public var label: String? {
        isEmpty ? nil : "\(count) marked · \(chargedNow.summary) now"
    }
}

extension InventoryModel {
    /// Marks the selected row for a combined purchase, or unmarks it, and moves down (as in
    /// file managers, so `space` repeated marks a run of rows).
    public func toggleMark() {
        guard let number = state.selected else { return }
        state.marks.toggle(number)
        moveDown()
    }

    /// Unmarks every number.
    public func clearMarks() {
        state.marks.removeAll()
    }
}
