import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The POSIX side of the journal: appends and reads under `flock`, shared by every process.
///
/// An append holds an exclusive lock, first ends a torn last line with a newline (so a fragment
/// left by a crash never swallows the next record), writes the line, and fsyncs it; a newly
/// created file also has its folder fsynced, so the file itself survives a crash.
enum JournalFile {
    /// Appends `line` (which ends with a newline) to `path`, creating the folder 0700 and the file 0600.
    /// `admitting`, when given, first reads the whole file under the same exclusive lock and may
    /// throw to write nothing: no other process can append between its reading and the line.
    static func append(_ line: Data, to path: String, admitting: ((Data) throws -> Void)? = nil) throws {
        try makeFolder(for: path)
        let existed = access(path, F_OK) == 0
        let descriptor = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure(path, "cannot open") }
        defer { close(descriptor) }
        guard lock(descriptor, LOCK_EX) else { throw failure(path, "cannot lock") }
        defer { _ = flock(descriptor, LOCK_UN) }
        if let admitting { try admitting(try readAll(descriptor, path: path)) }
        if try !endsWithNewline(descriptor, path: path) {
            try writeAll(Data([UInt8(ascii: "\n")]), to: descriptor, path: path)
        }
        try writeAll(line, to: descriptor, path: path)
        guard fsync(descriptor) == 0 else { throw failure(path, "cannot fsync") }
        if !existed { syncFolder(of: path) }
    }

    /// The file's bytes, read under a shared lock; `nil` when it does not exist.
    static func contents(of path: String) throws -> Data? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT { return nil }
            throw failure(path, "cannot open")
        }
        defer { close(descriptor) }
        guard lock(descriptor, LOCK_SH) else { throw failure(path, "cannot lock") }
        defer { _ = flock(descriptor, LOCK_UN) }
        return try readAll(descriptor, path: path)
    }

    /// Every byte of the open file, from its start.
    private static func readAll(_ descriptor: Int32, path: String) throws -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, off_t(data.count)) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw failure(path, "cannot read") }
            if count == 0 { return data }
            data.append(contentsOf: buffer[0..<count])
        }
    }

    /// Creates the folder holding `path` (and its parents) with mode 0700.
    static func makeFolder(for path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw DialtoneError(.configuration, detail: "cannot create \(folder): \(error.localizedDescription)")
        }
    }

    /// `flock`, retried when a signal interrupts the wait.
    static func lock(_ descriptor: Int32, _ operation: Int32) -> Bool {
        while flock(descriptor, operation) != 0 {
            if errno != EINTR { return false }
        }
        return true
    }

    /// Fsyncs the folder of `path`, so a file just created there is on disk too.
    static func syncFolder(of path: String) {
        let folder = open((path as NSString).deletingLastPathComponent, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0 else { return }
        _ = fsync(folder)
        close(folder)
    }

    private static func endsWithNewline(_ descriptor: Int32, path: String) throws -> Bool {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw failure(path, "cannot stat") }
        guard status.st_size > 0 else { return true }
        var last: UInt8 = 0
        guard pread(descriptor, &last, 1, status.st_size - 1) == 1 else { throw failure(path, "cannot read") }
        return last == UInt8(ascii: "\n")
    }

    private static func writeAll(_ data: Data, to descriptor: Int32, path: String) throws {
        var offset = 0
        while offset < data.count {
            let written = data.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { throw failure(path, "cannot write") }
            offset += written
        }
    }

    static func failure(_ path: String, _ what: String) -> DialtoneError {
        DialtoneError(.configuration, detail: "purchase journal \(path): \(what): \(String(cString: strerror(errno)))")
    }
}
