import Foundation

/// How a process is using one journal file, read from `/proc`: whether it has the file open for
/// appending (it is inside `JournalFile.append`, where the spend limits are checked) and whether
/// it is waiting for a `flock` on it. Race tests use it to hold one process where they claim the
/// other one overlaps it, instead of hoping the scheduler does.
struct JournalAccess {
    let path: String
    /// The file's inode, as `/proc/locks` names it.
    private let inode: UInt64

    /// The journal at `path`, which must exist.
    init(path: String) throws {
        self.path = path
        var status = stat()
        guard stat(path, &status) == 0 else { throw TmuxError("cannot stat \(path)") }
        inode = UInt64(status.st_ino)
    }

    /// Whether `pid` has the journal open with `O_APPEND`: it is appending a line, the admitting
    /// read of the whole file included.
    func isAppending(_ pid: pid_t) -> Bool {
        let folder = "/proc/\(pid)/fd"
        for descriptor in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
            guard (try? FileManager.default.destinationOfSymbolicLink(atPath: "\(folder)/\(descriptor)")) == path,
                  let info = try? String(contentsOfFile: "/proc/\(pid)/fdinfo/\(descriptor)", encoding: .utf8),
                  let flags = info.split(separator: "\n").first(where: { $0.hasPrefix("flags:") })?.split(separator: "\t").last,
                  let value = Int32(flags.trimmingCharacters(in: .whitespaces), radix: 8) else { continue }
            if value & O_APPEND != 0 { return true }
        }
        return false
    }

    /// Whether `pid` is blocked waiting for a `flock` on the journal (a `->` line of `/proc/locks`).
    func isWaitingForLock(_ pid: pid_t) -> Bool {
        let locks = (try? String(contentsOfFile: "/proc/locks", encoding: .utf8)) ?? ""
        return locks.split(separator: "\n").contains { line in
            let fields = line.split(separator: " ")
            guard fields.count >= 7, fields[1] == "->", fields[2] == "FLOCK" else { return false }
            return fields[5] == "\(pid)" && fields[6].hasSuffix(":\(inode)")
        }
    }
}
