import CNcursesw
import DialtoneViewModels
import Foundation

/// The full-screen front end.
///
/// Threads: every curses call happens on the main actor (the models' actor too). One extra
/// thread (`InputWatcher`) blocks in poll(2) on stdin and the signal self-pipe and only reports
/// "input ready" or a signal number; keys are then read with `get_wch` (non-blocking) on the
/// main actor. The loop awaits one event stream fed by that thread, the model's `changes()` and,
/// only while something loads, a 10 Hz spinner tick — so it sleeps when idle.
/// Each event ends with one frame: `erase`, draw into the same window, `wnoutrefresh` +
/// `doupdate`, which sends only the cells that changed.
public enum TerminalApp {
    /// Runs until the user quits or a SIGINT/SIGTERM/SIGHUP arrives; the terminal is restored
    /// on every exit path, SIGQUIT, SIGABRT and runtime traps included. Throws `TerminalError`
    /// when the terminal cannot run the interface (not a tty, TERM=dumb, no terminfo entry for
    /// TERM nor any fallback) — print it and fall back to plain output. A TERM this box lacks runs on a fallback (`TerminalChoice`).
    /// Theme problems are returned as warnings (print them after the screen is restored).
    /// `appModel` is started here, once the terminal's size tells how many rows a page has.
    @MainActor
    @discardableResult
    public static func run(appModel: AppModel, options: TUIOptions) async throws -> [ThemeWarning] {
        let session = try TerminalSession(options: options)
        defer { session.stop() }
        appModel.setVisibleRows(AppRenderer.tableRows(in: session.canvas.size))
        appModel.start()
        let loop = RenderLoop(model: appModel, session: session, options: options)
        await loop.run()
        return loop.warnings
    }
}
