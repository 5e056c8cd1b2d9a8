import DialtoneCore
import DialtoneSandbox
import DialtoneTUI
import DialtoneViewModels
import Foundation

/// DESIGN §6: the Costs screen with 100 000 owned numbers from `dialtone sandbox serve --owned
/// 100000` (its own process): every key on it — scrolling, its own key again, and back from the
/// Owned screen — answered with a frame within 30 ms (p99). The figures are added up once per
/// list, off the main actor; that first sum is reported beside the row, not in it. The row first
/// checks that the whole list arrived and that the screen shows its figures.
@MainActor
enum CostsScreenBenchmark {
    /// Keys as a user reads the screen: down, a page, to the end and back, out and in again.
    static let script: [AppIntent] = [
        .moveDown, .moveDown, .moveDown, .pageDown, .moveDown, .pageDown, .last, .moveUp, .pageUp, .first,
        .showScreen(.costs), .showScreen(.owned), .showScreen(.costs), .pageDown, .moveUp,
    ]

    static func run(dialtone: String?, databasePath: String, owned: Int = 100_000) async throws -> [BenchmarkRow] {
        guard let dialtone else { throw BenchmarkFailure("the costs group needs --dialtone PATH (it serves the sandbox)") }
        note("sandbox serve --owned \(owned) at \(databasePath)")
        let server = try SandboxChild(dialtone: dialtone, arguments: ["--db", databasePath, "--numbers", "20000", "--owned", String(owned)])
        defer { server.stop() }
        let credentials = ProviderCredentials(
            provider: .vobiz, authID: SandboxCredentials.vobizMainAuthID, token: Secret(SandboxCredentials.vobizMainToken),
            baseURL: server.baseURL)
        let folder = try SandboxSessions.temporaryFolder("costs")
        let app = AppModel(
            sessions: [ProfileSession(name: "fleet", provider: VobizClient(credentials: credentials), isSandbox: true)],
            journal: PurchaseJournal(path: folder + "/journal.jsonl"))
        let size = Size(rows: 40, columns: 120)
        let canvas = GridCanvas(size: size)
        let frame = FrameState(now: Date())
        app.setVisibleRows(AppRenderer.tableRows(in: size))
        app.owned.reload()
        let loaded = await Measure.waitUntil(timeout: .seconds(300)) { !app.owned.state.isLoading }
        let list = app.owned.state
        let complete = loaded && list.totalCount >= owned && list.partial.isEmpty && list.failures.isEmpty

        // The first showing adds the list up (off the main actor) and draws the figures.
        let clock = ContinuousClock()
        let opened = clock.now
        app.send(.showScreen(.costs))
        let summed = await Measure.waitUntil(timeout: .seconds(60)) { app.costs.state.owned != nil && !app.costs.state.isComputing }
        let firstSum = Measure.milliseconds(clock.now - opened)
        AppRenderer.render(app.snapshot, frame: frame, on: canvas)
        let figures = app.costs.state.owned
        let firstTotal = figures?.currencies.first?.total.total.formatted()
        let shown = summed && figures?.numberCount == list.totalCount && firstTotal.map { canvas.text.contains($0) } == true
        let check = "loaded \(list.totalCount) numbers (\(owned) asked for); the screen shows "
            + (figures.map { "\($0.currencies.count) currencies, first \(firstTotal ?? "none")" } ?? "no figures")

        var durations: [Double] = []
        for _ in 0..<20 {
            for intent in script {
                let (_, elapsed) = Measure.time {
                    app.send(intent)
                    AppRenderer.render(app.snapshot, frame: frame, on: canvas)
                }
                durations.append(elapsed)
            }
        }
        let stillShown = app.costs.state.owned == figures && canvas.text.contains(firstTotal ?? "\u{0}")
        let precondition = (complete && shown && stillShown ? "✓ " : "✗ ") + check
        note(precondition)
        let p99 = Measure.percentile(durations, 0.99)
        return [
            BenchmarkRow(
                key: "costs.key", what: "costs screen with 100 000 owned: key → frame (p99 / max)",
                measured: "\(p99.ms) / \(durations.max().ms)", budget: "≤ 30 ms", passed: complete && shown && stillShown && p99.isWithin(30),
                detail: "\(precondition); \(durations.count) keys (scroll, 4 again, 2 then 4), p50 \(Measure.median(durations).ms); "
                    + "figures added up once, off the main actor, in \(firstSum.ms) after the first 4"),
        ]
    }
}
