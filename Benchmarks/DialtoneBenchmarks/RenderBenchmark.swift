import DialtoneCore
import DialtoneSandbox
import DialtoneViewModels
import Foundation

/// DESIGN §6: key → frame render work for in-page navigation, p99 ≤ 2 ms, on a 120×40 grid
/// (`AppRenderer` into `GridCanvas`: everything the TUI does per key except the ncurses diff,
/// whose output the pty benchmark measures in bytes).
@MainActor
enum RenderBenchmark {
    static func run() async throws -> [BenchmarkRow] {
        let sandbox = try await SandboxSessions.start(numbers: 5_000)
        defer { Task { await sandbox.stop() } }
        let folder = try SandboxSessions.temporaryFolder("render")
        let app = AppModel(
            sessions: [SandboxSessions.vobizSession(sandbox)], journal: PurchaseJournal(path: folder + "/journal.jsonl"),
            pageSize: 34)
        var timer = FrameTimer(app: app)
        let (loaded, firstPage) = await Measure.time {
            app.start()
            let loaded = await Measure.waitUntil { !app.snapshot.inventory.rows.isEmpty && !app.snapshot.inventory.isLoading }
            timer.press(.first)
            return loaded
        }
        try await Task.sleep(for: .milliseconds(100))  // let the prefetch land
        var moves = FrameTimer(app: app)
        for _ in 0..<3 { moves.press(.moveDown); moves.press(.moveUp) }  // warm-up
        moves = FrameTimer(app: app)
        for round in 0..<100 {
            for _ in 0..<15 { moves.press(round.isMultiple(of: 2) ? .moveDown : .moveUp) }
        }
        var flips = FrameTimer(app: app)
        for _ in 0..<8 {
            flips.press(.pageDown)
            try await Task.sleep(for: .milliseconds(30))
        }
        let p99 = Measure.percentile(moves.times, 0.99)
        let onScreen = timer.screenText.contains("page 1/")
        let drawn = loaded && onScreen && moves.times.count == 1_500
        let check = "\(drawn ? "✓" : "✗") page 1 loaded and on screen, \(moves.times.count) keys timed"
        return [
            BenchmarkRow(
                key: "render.p99", what: "key → frame render work (j/k, 120×40), p99", measured: p99.ms, budget: "≤ 2 ms",
                passed: drawn && p99 <= 2,
                detail: "\(check); p50 \(Measure.median(moves.times).ms), max \((moves.times.max() ?? 0).ms); "
                    + "PgDn frames p99 \(Measure.percentile(flips.times, 0.99).ms)"),
            BenchmarkRow(
                key: "start.inprocess", what: "AppModel start → first page rendered (in process)", measured: firstPage.ms,
                budget: "(info)", passed: drawn ? nil : false,
                detail: "\(check); sandbox already listening"),
        ]
    }
}
