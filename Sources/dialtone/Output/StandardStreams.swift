import DialtoneCore
import Foundation

/// Lines for people on standard output, made terminal-safe (`TerminalText`) as the TUI draws
/// them: they quote providers' words and config values, which are data, never terminal commands.
enum StandardOutput {
    static func write(_ line: String) {
        print(line.terminalSafe)
    }
}

/// Lines on standard error, never standard output (which carries data only). Each line is
/// made terminal-safe: messages quote providers' words, which are data.
enum StandardError {
    static func write(_ line: String) {
        FileHandle.standardError.write(Data((line.terminalSafe + "\n").utf8))
    }

    /// Text of several lines (a usage message), each made terminal-safe.
    static func write(lines text: String) {
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) { write(String(line)) }
    }
}
