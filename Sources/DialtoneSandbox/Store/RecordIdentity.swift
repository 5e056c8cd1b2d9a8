/// Stable identifiers and timestamps derived from a row's integer ID, so they need no storage and
/// are the same on every run with the same seed.
enum RecordIdentity {
    /// A UUID-shaped ID for a number (Vobiz's `id`).
    static func uuid(for id: Int64) -> String {
        var mixer = SeedRandom(seed: UInt64(bitPattern: id) &* 0x9E37_79B9_7F4A_7C15)
        let high = mixer.next()
        let low = mixer.next()
        let hex = hexDigits(high) + hexDigits(low)
        let chars = Array(hex)
        func slice(_ range: Range<Int>) -> String { String(chars[range]) }
        return "\(slice(0..<8))-\(slice(8..<12))-4\(slice(13..<16))-a\(slice(17..<20))-\(slice(20..<32))"
    }

    /// When the number entered the sandbox's inventory, somewhere in 2025.
    static func createdAt(for id: Int64) -> String {
        var mixer = SeedRandom(seed: UInt64(bitPattern: id) ^ 0xC0FF_EE00)
        let month = 1 + mixer.below(12)
        let day = 1 + mixer.below(28)
        let hour = mixer.below(24)
        let minute = mixer.below(60)
        return "2025-\(twoDigits(month))-\(twoDigits(day))T\(twoDigits(hour)):\(twoDigits(minute)):00Z"
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }

    private static func hexDigits(_ value: UInt64) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}
