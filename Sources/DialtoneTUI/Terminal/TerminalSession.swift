import CNcursesw
import Foundation

/// The curses screen from start to end: locale, terminfo probe, modes, colours, signals,
/// flushing, resize, suspend, and restoring the terminal.
///
/// Main actor only: every curses call in Dialtone goes through here or its `NcursesCanvas`,
/// so curses is never touched from two threads.
@MainActor
final class TerminalSession {
    let capabilities: TerminalCapabilities
    /// Why the terminal runs on another terminfo entry than `TERM` names, for the status bar.
    let terminalNotice: String?
    let canvas: NcursesCanvas
    /// Read end of the pipe the signal handlers write signal numbers to.
    let signalFD: Int32
    private let signalWriteFD: Int32
    private let screen: OpaquePointer
    private var isActive = true

    /// Starts curses on stdin/stdout; throws a `TerminalError` instead of letting curses exit.
    init(options: TUIOptions) throws {
        let choice = try TerminalChoice.forThisTerminal(environment: options.environment)
        let term = choice.entry
        terminalNotice = choice.notice
        let localeIsUTF8 = dt_setup_locale() != 0

        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw TerminalError.startFailed(term) }
        for fd in fds { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK); _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        signalFD = fds[0]
        signalWriteFD = fds[1]
        // Installed before newterm, so curses leaves these signals to us (it only catches
        // signals still at their default action).
        dt_install_signal_forwarding(signalWriteFD)
        dt_save_terminal_modes(STDIN_FILENO)

        guard let screen = newterm(term, dt_stdout(), dt_stdin()) else {
            dt_remove_signal_forwarding()
            close(fds[0])
            close(fds[1])
            throw TerminalError.startFailed(term)
        }
        self.screen = screen
        set_term(screen)
        Self.sendWholeFrames()
        if options.environment["ESCDELAY"] == nil { set_escdelay(25) }
        cbreak()
        noecho()
        nonl()
        let window = dt_stdscr()!
        keypad(window, true)
        nodelay(window, true)  // input is read only after poll(2) says it is there
        intrflush(window, false)
        leaveok(window, true)
        curs_set(0)
        dt_define_paste_keys()
        dt_define_cursor_keys()
        let hasColors = has_colors()
        var probed = options
        probed.environment["TERM"] = term
        capabilities = TerminalCapabilities.decide(
            options: probed, localeIsUTF8: localeIsUTF8, hasColors: hasColors, terminalColors: Int(dt_colors()))
        if hasColors && capabilities.colorLevel != .mono {
            start_color()
            use_default_colors()
        }
        canvas = NcursesCanvas(window: window)
        writeRaw(Self.bracketedPasteOn)
        // Quit, abort and traps cannot run Swift code: a C handler restores the terminal.
        dt_install_fatal_restore()
    }

    /// Makes every `doupdate` reach the terminal in one `write(2)` (or as few as curses' output
    /// buffer allows), where ncurses 6.4 sends one per line of a frame:
    /// - A new screen stays in curses' "initial" state until it has been left once, and in that
    ///   state every cursor movement flushes the buffer (meant for terminfo-only programs).
    ///   Leaving and resuming before the first frame (`endwin` + `doupdate`, what a suspend
    ///   does) moves it to "running" for good; nothing has been drawn yet, so nothing is lost.
    /// - The type-ahead check polls the keyboard every few lines of a frame and flushes when a
    ///   key is waiting (key repeat). The render loop reads every waiting key before it draws,
    ///   so the check can only split frames; `typeahead(-1)` turns it off.
    private static func sendWholeFrames() {
        typeahead(-1)
        endwin()
        doupdate()
    }

    /// xterm mode 2004 on and off: pasted text arrives marked, so it is never read as keys.
    static let bracketedPasteOn = "\u{1B}[?2004h"
    static let bracketedPasteOff = "\u{1B}[?2004l"

    /// Throws away every key typed but not yet read (when a dialog opens, so that nothing typed
    /// before it was seen can answer it).
    func discardPendingInput() {
        flushinp()
    }

    /// Applies a theme's styles at this terminal's colour level.
    func apply(_ theme: Theme) {
        canvas.apply(ColorMapper.resolve(theme, level: capabilities.colorLevel))
    }

    /// Sends the frame drawn into the canvas: only the cells that changed reach the terminal.
    func flush() {
        wnoutrefresh(dt_stdscr())
        doupdate()
    }

    /// Adopts the terminal's new size after SIGWINCH; the next flush repaints everything.
    func resize() {
        var rows: Int32 = 0, columns: Int32 = 0
        dt_window_size(&rows, &columns)
        if rows > 0, columns > 0 { resizeterm(rows, columns) }
        clearok(dt_curscr(), true)
    }

    /// Repaints everything on the next flush (after SIGCONT, or when the screen may be stale).
    func invalidate() {
        clearok(dt_curscr(), true)
    }

    /// Ctrl-Z: restore the terminal, stop the process, and take the screen back on resume.
    func suspend() {
        writeRaw(Self.bracketedPasteOff)
        endwin()
        dt_suspend_self()
        writeRaw(Self.bracketedPasteOn)
        clearok(dt_curscr(), true)
    }

    /// Writes bytes straight to the terminal (OSC 52), after curses' own output.
    func writeRaw(_ text: String) {
        fflush(dt_stdout())
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { write(STDOUT_FILENO, $0.baseAddress! + offset, $0.count - offset) }
            if written <= 0 { break }
            offset += written
        }
        bytes.removeAll()
    }

    /// Restores the terminal. Safe to call more than once; every exit path that can run Swift
    /// calls it (quit, errors, SIGINT/TERM/HUP); the others are covered by `fatal_restore.h`.
    func stop() {
        guard isActive else { return }
        isActive = false
        dt_remove_fatal_restore()
        writeRaw(Self.bracketedPasteOff)
        endwin()
        delscreen(screen)
        dt_remove_signal_forwarding()
        close(signalFD)
        close(signalWriteFD)
    }

    /// Reads every key curses has for us without waiting.
    func readKeys() -> [Key] {
        var keys: [Key] = []
        var value: wint_t = 0
        while true {
            let status = wget_wch(dt_stdscr(), &value)
            guard status != ERR else { break }
            if let key = KeyDecoder.decode(status: status, value: UInt32(value)) { keys.append(key) }
        }
        return keys
    }
}
