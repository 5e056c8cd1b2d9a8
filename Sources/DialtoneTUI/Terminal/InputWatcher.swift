import Dispatch
import Foundation

/// Something that wakes the render loop.
enum TerminalEvent: Sendable, Hashable {
    /// Bytes are waiting on stdin: read them with curses on the main actor.
    case inputReady
    /// A forwarded signal (SIGWINCH, SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGCONT).
    case signal(Int32)
    /// stdin closed (the terminal went away).
    case hangup
    /// A model state changed.
    case modelChanged
    /// The spinner's next frame (only while something is loading).
    case tick
}

/// A dedicated thread that blocks in poll(2) on stdin and the signal pipe and reports what is
/// ready. It never calls curses: after `.inputReady` it waits until the main actor has read the
/// input (`resume()`), so poll does not spin on bytes not yet consumed. Idle costs no CPU.
final class InputWatcher: Sendable {
    private let signalFD: Int32
    private let stopPipe: (read: Int32, write: Int32)
    private let consumed = DispatchSemaphore(value: 0)

    init(signalFD: Int32) {
        self.signalFD = signalFD
        var fds: [Int32] = [0, 0]
        _ = pipe(&fds)
        stopPipe = (fds[0], fds[1])
    }

    /// Starts the thread; every event goes to `report`.
    func start(report: @escaping @Sendable (TerminalEvent) -> Void) {
        let thread = Thread { [self] in run(report: report) }
        thread.name = "dialtone-input"
        thread.start()
    }

    /// The main actor has drained stdin: poll again.
    func resume() { consumed.signal() }

    deinit {
        close(stopPipe.read)
        close(stopPipe.write)
    }

    /// Ends the thread.
    func stop() {
        var byte: UInt8 = 0
        _ = write(stopPipe.write, &byte, 1)
        consumed.signal()
    }

    private func run(report: @Sendable (TerminalEvent) -> Void) {
        var fds = [
            pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
            pollfd(fd: signalFD, events: Int16(POLLIN), revents: 0),
            pollfd(fd: stopPipe.read, events: Int16(POLLIN), revents: 0),
        ]
        while true {
            let ready = poll(&fds, nfds_t(fds.count), -1)
            if ready < 0 {
                if errno == EINTR { continue }
                report(.hangup)
                return
            }
            if fds[2].revents != 0 { return }
            if fds[1].revents & Int16(POLLIN) != 0 {
                var buffer = [UInt8](repeating: 0, count: 32)
                let count = read(signalFD, &buffer, buffer.count)
                for index in 0..<max(0, count) { report(.signal(Int32(buffer[index]))) }
            }
            if fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
                report(.hangup)
                return
            }
            if fds[0].revents & Int16(POLLIN) != 0 {
                report(.inputReady)
                consumed.wait()
            }
        }
    }
}
