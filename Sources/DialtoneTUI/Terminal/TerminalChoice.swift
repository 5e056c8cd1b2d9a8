import CNcursesw
import Foundation

/// The terminfo entry the interface runs on: the user's `TERM`, or the nearest entry this box
/// has when `TERM` names a terminal it does not know (a newer emulator reached over SSH).
///
/// A missing entry falls back to `xterm-256color`, then `xterm`, then `vt100`; an unset `TERM`
/// is treated as `vt100`. An entry that exists but cannot move the cursor (`dumb`) is refused:
/// that terminal really cannot show a full screen.
public struct TerminalChoice: Sendable, Hashable {
    /// How one terminfo entry answered the probe.
    public enum Probe: Sendable, Hashable {
        case usable
        case missing
        case noCursorAddressing
    }

    /// `TERM` as the environment gave it; `nil` when unset or empty.
    public var requested: String?
    /// The terminfo entry curses is started with.
    public var entry: String
    /// One line for the status bar when `entry` is not what `TERM` asked for.
    public var notice: String?

    /// Entries tried, in order, when `TERM` has no terminfo entry here.
    public static let fallbacks = ["xterm-256color", "xterm", "vt100"]

    /// Chooses the entry for `term`, asking `probe` about each candidate.
    public static func choose(term: String?, probe: (String) -> Probe) throws(TerminalError) -> TerminalChoice {
        guard let requested = term, !requested.isEmpty else {
            guard probe("vt100") == .usable else { throw TerminalError.unknownTerminal("(unset)") }
            return TerminalChoice(requested: nil, entry: "vt100", notice: "TERM is not set: running as vt100")
        }
        switch probe(requested) {
        case .usable:
            return TerminalChoice(requested: requested, entry: requested, notice: nil)
        case .noCursorAddressing:
            throw TerminalError.noCursorAddressing(requested)
        case .missing:
            guard let entry = fallbacks.first(where: { probe($0) == .usable }) else {
                throw TerminalError.unknownTerminal(requested)
            }
            return TerminalChoice(
                requested: requested, entry: entry,
                notice: "TERM=\(printable(requested)) unknown: using \(entry)")
        }
    }

    /// The choice for this process's terminal: stdin and stdout must be a terminal too.
    /// Cheap (terminfo is read, curses is not started), so commands call it before any other work.
    public static func forThisTerminal(environment: [String: String]) throws(TerminalError) -> TerminalChoice {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal() }
        return try choose(term: environment["TERM"], probe: terminfo)
    }

    /// Asks this machine's terminfo database about `entry`.
    public static func terminfo(_ entry: String) -> Probe {
        switch dt_probe_terminal(entry) {
        case 0: .usable
        case 2: .noCursorAddressing
        default: .missing
        }
    }

    /// `TERM` comes from outside: keep only printable ASCII before it is drawn.
    private static func printable(_ text: String) -> String {
        String(text.unicodeScalars.filter { (0x21...0x7E).contains($0.value) }.prefix(40).map(Character.init))
    }
}
