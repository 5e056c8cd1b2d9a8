import DialtoneCore

/// An owned number with the profile it came from.
public struct OwnedRow: Sendable, Hashable, Identifiable {
    public let number: OwnedNumber
    /// The profile whose credentials listed it.
    public let profile: String

    public var id: String { number.id }

    public init(number: OwnedNumber, profile: String) {
        self.number = number
        self.profile = profile
    }
}

/// The rows passing the filter, as positions into the full sorted list: filtering builds an
/// array of integers instead of copying 100 000 rows.
public struct OwnedRows: RandomAccessCollection, Sendable, Equatable {
    let storage: [OwnedRow]
    let positions: [Int]

    init(storage: [OwnedRow] = [], positions: [Int] = []) {
        self.storage = storage
        self.positions = positions
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { positions.count }
    public var count: Int { positions.count }
    public subscript(index: Int) -> OwnedRow { storage[positions[index]] }

    public static func == (lhs: OwnedRows, rhs: OwnedRows) -> Bool {
        lhs.positions == rhs.positions && lhs.storage == rhs.storage
    }
}
