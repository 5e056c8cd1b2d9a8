import DialtoneCore

/// Tells stderr how many listed entries could not be read, so a script sees the data is short:
/// `dialtone: 2 entries could not be read`, or with `--json` a `warning` object.
enum SkippedNotice {
    static func write(_ count: Int, json: Bool) {
        guard let phrase = SkippedEntries.phrase(count) else { return }
        WarningNotice.write(kind: "skipped_entries", phrase, json: json, extra: ",\"count\":\(count)")
    }
}
