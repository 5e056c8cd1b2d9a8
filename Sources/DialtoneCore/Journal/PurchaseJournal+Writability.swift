import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension PurchaseJournal {
    /// Checks, without writing a line, that the next purchase can be journalled: the folder
    /// exists (created 0700 when missing) and is writable, and the file, when present, is
    /// private (0600), opens for appending and reads back. Returns what the journal holds.
    /// Throws `DialtoneError(.configuration)` naming the file and the problem.
    public func checkWritable() throws -> JournalContents {
        try JournalFile.makeFolder(for: path)
        let folder = (path as NSString).deletingLastPathComponent
        guard access(folder, W_OK | X_OK) == 0 else { throw JournalFile.failure(folder, "folder is not writable") }
        var status = stat()
        if stat(path, &status) == 0 {
            guard status.st_mode & 0o077 == 0 else {
                throw DialtoneError(.configuration, detail: "purchase journal \(path) is open to others (mode \(String(status.st_mode & 0o777, radix: 8))): run chmod 600 \(path)")
            }
            let descriptor = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
            guard descriptor >= 0 else { throw JournalFile.failure(path, "cannot open for appending") }
            close(descriptor)
        }
        return try read()
    }
}
