import ArgumentParser

/// A length of time on the command line: a whole number with `s`, `m` or `h` (`24h`, `90s`), or
/// `0` for none.
struct CooldownArgument: ExpressibleByArgument, Sendable {
    /// The length of time.
    var duration: Duration

    init(duration: Duration) {
        self.duration = duration
    }

    init?(argument: String) {
        let text = argument.lowercased()
        if text == "0" {
            duration = .zero
            return
        }
        guard let unit = text.last, let count = Int(text.dropLast()), count >= 0, count <= 10_000_000 else { return nil }
        switch unit {
        case "s": duration = .seconds(count)
        case "m": duration = .seconds(count * 60)
        case "h": duration = .seconds(count * 3600)
        default: return nil
        }
    }

    var defaultValueDescription: String { "24h" }
}
