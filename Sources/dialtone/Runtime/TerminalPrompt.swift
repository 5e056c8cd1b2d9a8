import Foundation

/// The one question `buy` and `release` ask on a terminal before anything is sent (DESIGN §3
/// step 2, headless): only an answer typed after the question appeared counts.
enum TerminalPrompt {
    /// Asks `question` on stderr and reads one line; `true` only when it is `expected`
    /// (`yes` ignores case). Without a terminal nothing is asked: `--yes` is the way to go ahead,
    /// and `action` (`bought`, `released`) says what did not happen.
    static func confirm(_ question: String, expecting expected: String, action: String) -> Bool {
        guard isatty(STDIN_FILENO) == 1 else {
            StandardError.write("dialtone: not a terminal: nothing \(action). Re-run with --yes to go ahead without asking.")
            return false
        }
        // Keys typed before the question was on screen (type-ahead, a paste) must not answer it.
        tcflush(STDIN_FILENO, TCIFLUSH)
        FileHandle.standardError.write(Data("\(question) ".utf8))
        let answer = readLine()?.trimmingCharacters(in: .whitespaces)
        guard answer == expected || (expected == "yes" && answer?.lowercased() == "yes") else {
            StandardError.write("dialtone: not \(action) (declined)")
            return false
        }
        return true
    }
}
