import DialtoneCore

/// An owned number with the profile it came from and a search key computed once.
///
/// The key is lowercased UTF-8 of everything a filter may match (digits, readable form, place,
/// label, status, type, provider, profile), so a keystroke compares bytes and never lowercases.
public struct OwnedRow: Sendable, Hashable, Identifiable {
    public let number: OwnedNumber
    /// The profile whose credentials listed it.
    public let profile: String
    let searchKey: [UInt8]

    public var id: String { number.id }

    public init(number: OwnedNumber, profile: String) {
        self.number = number
        self.profile = profile
        let parts = [
            E164.digits(number.e164), NumberFormatting.readable(number.e164, country: number.country),
            number.country, number.region ?? "", number.city ?? "", number.label ?? "", number.status.label,
            number.type.label, number.provider.displayName, profile,
        ]
        self.searchKey = Array(parts.joined(separator: "\u{1}").lowercased().utf8)
    }

    /// Whether the key contains `needle` (already lowercased UTF-8).
    func matches(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard needle.count <= searchKey.count else { return false }
        return searchKey.withUnsafeBufferPointer { key in
            needle.withUnsafeBufferPointer { pattern in
                let first = pattern[0]
                var start = 0
                let lastStart = key.count - pattern.count
                while start <= lastStart {
                    if key[start] == first {
                        var offset = 1
                        while offset < pattern.count, key[start + offset] == pattern[offset] { offset += 1 }
                        if offset == pattern.count { return true }
                    }
                    start += 1
                }
                return false
            }
        }
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
