import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock` on one purchase intent, held by the process that sends its POST until
/// the outcome is written, so no other process (or screen) settles a purchase still in flight.
///
/// The kernel drops the lock when the process dies, so an intent whose sender crashed becomes
/// free to reconcile. Lock files live in the journal's `.locks` folder and are removed on release.
public final class IntentLock: Sendable {
    private let path: String
    private let descriptor: Mutex<Int32?>

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = Mutex(descriptor)
    }

    /// Takes the lock on `id`, waiting for it when `wait`; `nil` when another holder has it.
    static func take(_ id: UUID, journalPath: String, wait: Bool) throws -> IntentLock? {
        let path = folder(journalPath) + "/\(id.uuidString.lowercased()).lock"
        try JournalFile.makeFolder(for: path)
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw JournalFile.failure(path, "cannot open") }
        guard JournalFile.lock(descriptor, wait ? LOCK_EX : LOCK_EX | LOCK_NB) else {
            let busy = errno == EWOULDBLOCK
            close(descriptor)
            if busy { return nil }
            throw JournalFile.failure(path, "cannot lock")
        }
        return IntentLock(path: path, descriptor: descriptor)
    }

    /// The folder of lock files beside the journal at `journalPath`.
    static func folder(_ journalPath: String) -> String { journalPath + ".locks" }

    /// Removes the lock file and drops the lock. Safe to call more than once.
    public func release() {
        descriptor.withLock { held in
            guard let fd = held else { return }
            unlink(path)
            close(fd)
            held = nil
        }
    }

    deinit { release() }
}
