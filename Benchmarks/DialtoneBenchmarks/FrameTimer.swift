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
