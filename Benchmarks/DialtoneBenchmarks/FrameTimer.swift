import DialtoneCore
import DialtoneTUI
import DialtoneViewModels
import Foundation

/// Key → frame work without a terminal: the intent, the snapshot, and `AppRenderer` drawing the
/// whole frame on a 120×40 `GridCanvas`, as the TUI does for every key.
@MainActor
struct FrameTimer {
    let app: AppModel
    private let canvas = GridCanvas(size: Size(rows: 40, columns: 120))
    private let frame = FrameState(now: Date())
    /// Every press's duration in milliseconds.
    private(set) var times: [Double] = []

    init(app: AppModel) { self.app = app }

    /// Sends `intent` and draws the frame that follows; returns the milliseconds taken.
    @discardableResult
    mutating func press(_ intent: AppIntent) -> Double {
        let (app, canvas, frame) = (app, canvas, frame)
        let (_, elapsed) = Measure.time {
            _ = app.send(intent)
            AppRenderer.render(app.snapshot, frame: frame, on: canvas)
        }
        times.append(elapsed)
        return elapsed
    }

    /// The text of the last frame drawn (for sanity checks).
    var screenText: String { canvas.text }
}

extension FrameTimer {
    /// Why the last frame drawn is not page 1 of the inventory with its first row on it; `nil`
    /// when it is. `page 1/` alone proves nothing: an empty inventory prints `page 1/1 · 0 numbers`.
    func firstPageProblem() -> String? {
        let inventory = app.snapshot.inventory
        guard inventory.query.page == 1 else { return "the inventory is on page \(inventory.query.page)" }
        guard let first = inventory.rows.first else { return "page 1 has no rows" }
        let text = screenText
        guard text.contains("page 1/") else { return "no `page 1/` on screen" }
        let readable = NumberFormatting.readable(first.e164, country: first.country)
        guard text.contains(readable) else { return "page 1's first row, \(readable), is not on screen" }
        return nil
    }
}
