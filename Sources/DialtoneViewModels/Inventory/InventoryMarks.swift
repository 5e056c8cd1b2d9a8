import DialtoneCore

extension PhoneNumber: Markable {
    /// Listed numbers are marked by the number itself.
    public var markKey: String { e164 }
}

/// Numbers marked for one combined purchase, in the order they were marked. Marks are kept by
/// number, not by row, so they survive paging, sorting and filtering; a profile switch clears them.
public typealias InventoryMarks = Marks<PhoneNumber>

extension Marks where Item == PhoneNumber {
    /// The marked numbers as listed when they were marked.
    public var numbers: [PhoneNumber] { items }

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
