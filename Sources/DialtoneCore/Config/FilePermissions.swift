import Foundation

/// Checks that files holding secrets are private to their owner, and that no file Dialtone
/// trusts (configuration, tokens) can be changed by anyone else.
enum FilePermissions {
    /// Warnings about `path`'s mode: readable by group or others when it `holdsSecret`, and
    /// writable by group or others always (whoever can write it can point the credentials at
    /// another server). Empty when the file is private or missing.
    static func warnings(path: String, holdsSecret: Bool) -> [String] {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue else {
            return []
        }
        let octal = String(mode & 0o777, radix: 8)
        var warnings: [String] = []
        if holdsSecret, mode & 0o044 != 0 {
            warnings.append("\(path) holds a secret and is readable by \(mode & 0o004 != 0 ? "everyone" : "its group") (mode \(octal)): run chmod 600 \(path)")
        }
        if mode & 0o022 != 0 {
            warnings.append("\(path) is writable by \(mode & 0o002 != 0 ? "everyone" : "its group") (mode \(octal)): run chmod go-w \(path)")
        }
        return warnings
    }
}
