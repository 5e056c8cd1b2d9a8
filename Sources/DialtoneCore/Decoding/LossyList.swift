/// A JSON array read item by item: an entry that cannot be read is skipped and counted, so one
/// malformed number does not cost the rest of the page.
struct LossyList<Element: Decodable>: Decodable {
    var items: [Element] = []
    /// Entries present in the array that could not be read.
    var skipped = 0

    init() {}

    init(from decoder: any Decoder) throws {
        var array = try decoder.unkeyedContainer()
        while !array.isAtEnd {
            if let item = try? array.decode(Element.self) {
                items.append(item)
            } else {
                // Step past the unreadable entry, whatever its shape.
                _ = try array.decode(SkippedEntry.self)
                skipped += 1
            }
        }
    }
}

/// Any JSON value, read only to step past it.
private struct SkippedEntry: Decodable {
    init(from decoder: any Decoder) throws {}
}

extension KeyedDecodingContainer {
    /// The array under `key` read item by item; empty when absent or null.
    func lossyList<Element: Decodable>(_ key: Key, of type: Element.Type = Element.self) throws -> LossyList<Element> {
        guard contains(key), try !decodeNil(forKey: key) else { return LossyList() }
        return try decode(LossyList<Element>.self, forKey: key)
    }
}

/// How a page or list reports what it skipped: "2 entries could not be read".
public enum SkippedEntries {
    /// `nil` for none; otherwise a short phrase for a status bar or stderr.
    public static func phrase(_ count: Int) -> String? {
        guard count > 0 else { return nil }
        return "\(Plural.count(count, "entry")) could not be read"
    }
}
