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
        let firstPageProblem = loaded ? timer.firstPageProblem() : "page 1 never loaded"
        try await Task.sleep(for: .milliseconds(100))  // let the prefetch land
        var moves = FrameTimer(app: app)
        for _ in 0..<3 { moves.press(.moveDown); moves.press(.moveUp) }  // warm-up
        moves = FrameTimer(app: app)
        var firstRoundEnd: Int?
        for round in 0..<100 {
            for _ in 0..<15 { moves.press(round.isMultiple(of: 2) ? .moveDown : .moveUp) }
            if round == 0 { firstRoundEnd = app.snapshot.inventory.selectedIndex }
        }
        var flips = FrameTimer(app: app)
        for _ in 0..<8 {
            flips.press(.pageDown)
            try await Task.sleep(for: .milliseconds(30))
        }
        let p99 = Measure.percentile(moves.times, 0.99)
        var problems = firstPageProblem.map { [$0] } ?? []
        if moves.times.count != 1_500 { problems.append("\(moves.times.count) of 1500 keys timed") }
        // The keys moved the selection: 15 × j from the first row ends on the 16th.
        if firstRoundEnd != 15 { problems.append("15 × j moved the selection to \(firstRoundEnd.map(String.init) ?? "none"), not row 15") }
        let drawn = problems.isEmpty
        let check = drawn ? "✓ page 1 loaded and on screen with its rows, 1500 keys timed, 15 × j moved 15 rows"
            : "✗ \(problems.joined(separator: "; "))"
        return [
            BenchmarkRow(
                key: "render.p99", what: "key → frame render work (j/k, 120×40), p99", measured: p99.ms, budget: "≤ 2 ms",
                passed: drawn && p99.isWithin(2),
                detail: "\(check); p50 \(Measure.median(moves.times).ms), max \(moves.times.max().ms); "
                    + "PgDn frames p99 \(Measure.percentile(flips.times, 0.99).ms)"),
            BenchmarkRow(
                key: "start.inprocess", what: "AppModel start → first page rendered (in process)", measured: firstPage.ms,
                budget: "(info)", passed: drawn ? nil : false,
                detail: "\(check); sandbox already listening"),
        ]
    }
}
