import DialtoneCore

/// An owned number with the profile it came from.
public struct OwnedRow: Sendable, Hashable, Identifiable {
    public let number: OwnedNumber
    /// The profile whose credentials listed it.
    public let profile: String

    public var id: String { number.id }

    /// One owned number's identity (provider and number), without building its `id` string.
    public struct Key: Hashable, Sendable {
        public var provider: ProviderKind
        public var e164: String
    }

    /// The row's identity: what a mark and a reload keep.
    public var key: Key { Key(provider: number.provider, e164: number.e164) }

    public init(number: OwnedNumber, profile: String) {
        self.number = number
        self.profile = profile
    }
}

extension OwnedRow: Markable {
    /// Owned rows are marked by provider and number, so a mark survives a reload.
    public var markKey: Key { key }
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
