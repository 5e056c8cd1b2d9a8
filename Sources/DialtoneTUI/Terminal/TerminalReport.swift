import CNcursesw
import Foundation

/// What the full-screen view would get on this terminal, for `dialtone doctor`: the terminfo
/// entry (or its fallback), colours, the locale, and the window size.
public struct TerminalReport: Sendable, Hashable {
    /// The entry the view would run on; `nil` when it could not run (see `problem`).
    public var choice: TerminalChoice?
    /// Why the view could not run on this `TERM`.
    public var problem: TerminalError?
    public var colorLevel: ColorLevel
    /// Whether wide glyphs and box drawing can be shown (else ASCII glyphs).
    public var localeIsUTF8: Bool
    /// The window on stdout; `nil` when stdout is not a terminal.
    public var size: Size?

    /// Probes terminfo and the locale the way `TerminalSession` does, without starting curses.
    public static func current(environment: [String: String]) -> TerminalReport {
        let localeIsUTF8 = dt_setup_locale() != 0
        var rows: Int32 = 0, columns: Int32 = 0
        if isatty(STDOUT_FILENO) == 1 { dt_window_size(&rows, &columns) }
        var report = TerminalReport(
            choice: nil, problem: nil, colorLevel: .mono, localeIsUTF8: localeIsUTF8,
            size: rows > 0 && columns > 0 ? Size(rows: Int(rows), columns: Int(columns)) : nil)
        do {
            let choice = try TerminalChoice.choose(term: environment["TERM"], probe: TerminalChoice.terminfo)
            var probed = environment
            probed["TERM"] = choice.entry
            let colors = Int(max(0, dt_terminfo_colors(choice.entry)))
            report.choice = choice
            report.colorLevel = TerminalCapabilities.decide(
                options: TUIOptions(environment: probed), localeIsUTF8: localeIsUTF8,
                hasColors: colors > 0, terminalColors: colors
            ).colorLevel
        } catch {
            report.problem = error
        }
        return report
    }

    /// Whether the full-screen view can run here as it is.
    public var isUsable: Bool {
        guard choice != nil else { return false }
        guard let size else { return true }
        return size.rows >= Size.minimum.rows && size.columns >= Size.minimum.columns
    }

    /// One line: `TERM=xterm-kitty → xterm-256color (fallback), 256 colours, UTF-8, 120×40`.
    public var summary: String {
        guard let choice else { return problem?.message ?? "unusable terminal" }
        var parts: [String] = []
        let requested = choice.requested.map { "TERM=\($0)" } ?? "TERM unset"
        parts.append(choice.entry == choice.requested ? "\(requested) (terminfo found)" : "\(requested) → \(choice.entry) (fallback)")
        parts.append(colorLevel.label)
        parts.append(localeIsUTF8 ? "UTF-8" : "not UTF-8 (ASCII glyphs)")
        if let size {
            parts.append(isUsable ? "\(size)" : "\(size) (needs \(Size.minimum))")
        } else {
            parts.append("size unknown (stdout is not a terminal)")
        }
        return parts.joined(separator: ", ")
    }
}

extension ColorLevel {
    /// How `doctor` names the level.
    var label: String {
        switch self {
        case .mono: "no colour"
        case .ansi8: "8 colours"
        case .ansi16: "16 colours"
        case .palette256: "256 colours"
        case .direct: "true colour"
        }
    }
}
