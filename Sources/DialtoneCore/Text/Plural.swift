/// Counts in English, the noun agreeing with its number: `1 number`, `2 numbers`, `1 entry`,
/// `3 entries`. One place for it, so no screen or command says `1 entries`.
public enum Plural {
    /// `"1 entry"`, `"3 entries"`.
    public static func count(_ count: Int, _ singular: String) -> String {
        "\(count) \(noun(count, singular))"
    }

    /// The noun alone, agreeing with `count` (`"12 of 340 numbers"` says the count itself):
    /// `entry` → `entries`, `day` → `days`, anything else gains an `s`.
    public static func noun(_ count: Int, _ singular: String) -> String {
        guard count != 1 else { return singular }
        if singular.hasSuffix("y"), let before = singular.dropLast().last, !"aeiou".contains(before) {
            return singular.dropLast() + "ies"
        }
        return singular + "s"
    }
}
