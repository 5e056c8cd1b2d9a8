import Foundation

/// The machine's time zone: the one `/etc/localtime` links to, whatever the process's `TZ` says.
///
/// Spend limits count days and months in one zone, so that two processes started with different
/// `TZ` values agree on what "today" is; `spend_timezone` overrides it.
public enum MachineTimeZone {
    /// The machine's zone, read once per process; UTC when it cannot be told.
    public static let zone: TimeZone = resolve(localtime: "/etc/localtime")

    /// The zone named by the tzdata file `path` links to (`/usr/share/zoneinfo/Asia/Kolkata` →
    /// `Asia/Kolkata`), else UTC.
    static func resolve(localtime path: String) -> TimeZone {
        guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path),
              let folder = target.range(of: "zoneinfo/", options: .backwards) else { return utc }
        var name = String(target[folder.upperBound...])
        for variant in ["posix/", "right/"] where name.hasPrefix(variant) { name.removeFirst(variant.count) }
        return TimeZone(identifier: name) ?? utc
    }

    static let utc = TimeZone(identifier: "Etc/UTC") ?? .gmt
}
