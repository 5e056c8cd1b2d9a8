/// Why the full-screen interface cannot start; the message says what to do instead.
public struct TerminalError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }

    static func notATerminal() -> TerminalError {
        TerminalError("standard input and output must be a terminal for the interactive view; use `dialtone inventory` for plain output")
    }

    static func unknownTerminal(_ term: String) -> TerminalError {
        TerminalError("TERM=\(term) is not in the terminfo database, and neither is xterm-256color, xterm or vt100; install ncurses-base, or use `dialtone inventory` for plain output")
    }

    static func noCursorAddressing(_ term: String) -> TerminalError {
        TerminalError("TERM=\(term) cannot move the cursor, so the full-screen view cannot run; use `dialtone inventory` or `dialtone owned` for plain output, or set TERM=xterm-256color")
    }

    static func startFailed(_ term: String) -> TerminalError {
        TerminalError("could not start the terminal interface for TERM=\(term)")
    }
}
