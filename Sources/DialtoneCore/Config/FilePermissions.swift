import Foundation

/// Checks that files holding secrets are private to their owner.
enum FilePermissions {
    /// A warning when `path` can be read by its group or by others; `nil` when it is private.
    static func looseWarning(path: String) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue, mode & 0o044 != 0 else {
            return nil
        }
        return "\(path) holds a secret and is readable by \(mode & 0o004 != 0 ? "everyone" : "its group") (mode \(String(mode & 0o777, radix: 8))): run chmod 600 \(path)"
    }
}
