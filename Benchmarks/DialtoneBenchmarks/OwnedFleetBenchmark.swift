import DialtoneCore
import DialtoneSandbox
import DialtoneTUI
import DialtoneViewModels
import Foundation

/// DESIGN §6: the owned view loading 100 000 numbers over HTTP from `dialtone sandbox serve
/// --owned 100000 --latency-ms 50` (its own process): first rows drawn (≤ 1 s), everything
/// loaded (≤ 10 s), index and sort after the last page (≤ 300 ms), filter keystroke p99
/// (≤ 30 ms) and this process's resident memory (≤ 80 MB). Every row first checks that the
/// whole list arrived — as many numbers as the server counts, nothing partial or failed.
@MainActor
enum OwnedFleetBenchmark {
    /// Keystrokes as a user types them: narrowing, widening with backspace, and retyping.
    static let script: [String] = {
        var texts: [String] = []
        for word in ["415", "5550", "mumbai", "pending", "london", "+44 20"] {
            let characters = Array(word)
            for length in 1...characters.count { texts.append(String(characters[0..<length])) }
            for length in stride(from: characters.count - 1, through: 0, by: -1) { texts.append(String(characters[0..<length])) }
        }
        return texts
    }()

    static func run(dialtone: String?, databasePath: String, owned: Int = 100_000, latency: Int = 50) async throws -> [BenchmarkRow] {
        guard let dialtone else { throw BenchmarkFailure("the owned group needs --dialtone PATH (it serves the sandbox)") }
        let baseline = Result { try Measure.residentMegabytes() }
        note("sandbox serve --owned \(owned) --latency-ms \(latency) at \(databasePath)")
        let server = try SandboxChild(dialtone: dialtone, arguments: [
            "--db", databasePath, "--numbers", "20000", "--owned", String(owned), "--latency-ms", String(latency),
        ])
        defer { server.stop() }
        let credentials = ProviderCredentials(
            provider: .vobiz, authID: SandboxCredentials.vobizMainAuthID, token: Secret(SandboxCredentials.vobizMainToken),
            baseURL: server.baseURL)
        let expected = try await serverCount(credentials)
        let folder = try SandboxSessions.temporaryFolder("owned")
        let app = AppModel(
            sessions: [ProfileSession(name: "fleet", provider: VobizClient(credentials: credentials), isSandbox: true)],
            journal: PurchaseJournal(path: folder + "/journal.jsonl"))
        let canvas = GridCanvas(size: Size(rows: 40, columns: 120))
        let frame = FrameState(now: Date())
        let clock = ContinuousClock()

        // Opening the view: the owned screen, then the load starts.
        let (clientCPU, serverCPU) = (Measure.cpuSeconds(), server.cpuSeconds)
        let opened = clock.now
        _ = app.send(.switchScreen)
        app.owned.reload()
        var firstDrawn: Duration?
        var lastPage: ContinuousClock.Instant?
        let loaded = await Measure.waitUntil(timeout: .seconds(120)) {
            let state = app.owned.state
            if firstDrawn == nil, let row = state.rows.first {
                AppRenderer.render(app.snapshot, frame: frame, on: canvas)
                if canvas.text.contains(NumberFormatting.readable(row.number.e164, country: row.number.country)) {
                    firstDrawn = clock.now - opened
                }
            }
            if lastPage == nil, let progress = state.loadProgress, progress.pagesRead == progress.pagesTotal { lastPage = clock.now }
            return !state.isLoading
        }
        let finished = clock.now
        let serverUsed = server.cpuSeconds.flatMap { after in serverCPU.map { after - $0 } }
        let cpu = String(format: "CPU while loading: client %.1f s, sandbox ", Measure.cpuSeconds() - clientCPU)
            + (serverUsed.map { String(format: "%.1f s", $0) } ?? "unread")
        let state = app.owned.state
        // The server must count at least the numbers it was asked to own: an empty list loads "whole" too.
        let complete = loaded && expected >= owned && state.totalCount == expected && state.partial.isEmpty && state.failures.isEmpty
        let check = "loaded \(state.totalCount) of \(expected) the server counts (\(owned) asked for)"
            + (state.partial.isEmpty ? "" : "; PARTIAL: \(state.partial.map(\.description).joined(separator: "; "))")
            + (state.failures.isEmpty ? "" : "; FAILED: \(state.failures.map { $0.error.description }.joined(separator: "; "))")
        note(check)
        let allLoaded = Measure.milliseconds(finished - opened)
        let indexing = lastPage.map { Measure.milliseconds(finished - $0) }

        var durations: [Double] = []
        let unfiltered = app.owned.state.rows.count
        var narrowest = unfiltered
        for _ in 0..<3 {
            for text in script {
                let (_, elapsed) = Measure.time {
                    app.owned.setFilterText(text)
                    AppRenderer.render(app.snapshot, frame: frame, on: canvas)  // status bar, rows and totals
                }
                durations.append(elapsed)
                narrowest = min(narrowest, app.owned.state.rows.count)
                if elapsed > 30 { note("slow keystroke \(text.debugDescription): \(elapsed.ms)") }
            }
        }
        let nowhere = routeNowhereKeys(app, canvas: canvas, frame: frame, unfiltered: unfiltered)
        let resident = Result { try Measure.residentMegabytes() }
        let trimmed = Result { try Measure.residentMegabytesAfterTrim() }
        let p99 = Measure.percentile(durations, 0.99)
        let first = firstDrawn.map { Measure.milliseconds($0) }
        let precondition = complete ? "✓ \(check)" : "✗ \(check)"
        // The keystrokes filtered: at least one narrowed the list.
        let filtered = narrowest < unfiltered
        let filterCheck = "\(filtered ? "✓" : "✗") narrowest filter showed \(narrowest) of \(unfiltered) rows"
        return [
            BenchmarkRow(
                key: "owned.first_rows", what: "owned 100 000 over HTTP (+\(latency) ms): first rows drawn",
                measured: first.map(\.ms) ?? "never", budget: "≤ 1 s", passed: complete && first.isWithin(1_000),
                detail: precondition),
            BenchmarkRow(
                key: "owned.loaded", what: "owned 100 000 over HTTP (+\(latency) ms): all loaded", measured: allLoaded.ms,
                budget: "≤ 10 s", passed: complete && allLoaded <= 10_000,
                detail: "\(precondition); \(Int((Double(expected) / 100).rounded(.up))) pages of 100; \(cpu)"),
            BenchmarkRow(
                key: "owned.index", what: "owned 100 000: index and sort after the last page", measured: indexing?.ms ?? "never",
                budget: "≤ 300 ms", passed: complete && indexing.isWithin(300), detail: precondition),
            BenchmarkRow(
                key: "owned.filter", what: "owned 100 000: filter keystroke + frame (p99 / max)",
                measured: "\(p99.ms) / \(durations.max().ms)", budget: "≤ 30 ms", passed: complete && filtered && p99.isWithin(30),
                detail: "\(precondition); \(filterCheck); \(durations.count) keystrokes, p50 \(Measure.median(durations).ms)"),
            BenchmarkRow(
                key: "owned.route_nowhere", what: "owned 100 000: \"route nowhere\" filter on/off, key + frame (p99 / max)",
                measured: "\(Measure.percentile(nowhere.durations, 0.99).ms) / \(nowhere.durations.max().ms)", budget: "≤ 30 ms",
                passed: complete && nowhere.check.hasPrefix("✓") && Measure.percentile(nowhere.durations, 0.99).isWithin(30),
                detail: "\(precondition); \(nowhere.check); \(nowhere.durations.count) keys"),
            BenchmarkRow(
                key: "owned.rss", what: "owned 100 000: resident memory", measured: megabytes(resident),
                budget: "≤ 80 MB", passed: complete && (try? resident.get()).isWithin(80),
                detail: "\(precondition); process RSS incl. \(megabytes(baseline)) runtime baseline (the sandbox runs in its own "
                    + "process); \(megabytes(trimmed)) after malloc_trim"),
        ]
    }

    /// The `t` → "route nowhere" filter switched on and off 40 times, each with its frame; the
    /// check needs the filter to show some rows but not all, every one routing nowhere, and the
    /// status bar to say so.
    private static func routeNowhereKeys(
        _ app: AppModel, canvas: GridCanvas, frame: FrameState, unfiltered: Int
    ) -> (durations: [Double], check: String) {
        app.owned.setFilterText("")
        var durations: [Double] = []
        var shown = 0
        var allNowhere = true
        var said = true
        for round in 0..<80 {
            let on = round % 2 == 0
            let (_, elapsed) = Measure.time {
                app.owned.setStatusFilter(on ? .routesNowhere : .all)
                AppRenderer.render(app.snapshot, frame: frame, on: canvas)
            }
            durations.append(elapsed)
            guard on else { continue }
            shown = app.owned.state.rows.count
            allNowhere = allNowhere && app.owned.state.rows.allSatisfy(\.number.routesNowhere)
            said = said && canvas.text.contains("\(shown) route nowhere")
        }
        app.owned.setStatusFilter(.all)
        let holds = shown > 0 && shown < unfiltered && allNowhere && said
        return (durations, "\(holds ? "✓" : "✗") route nowhere showed \(shown) of \(unfiltered) rows, all unrouted: \(allNowhere), status bar said so: \(said)")
    }

    /// `72.1 MB`, or why the reading failed.
    private static func megabytes(_ reading: Result<Double, any Error>) -> String {
        switch reading {
        case .success(let value): String(format: "%.1f MB", value)
        case .failure(let error): "unread (\(error))"
        }
    }

    /// How many numbers the server says the account and its sub-accounts own (one item asked for).
    private static func serverCount(_ credentials: ProviderCredentials) async throws -> Int {
        let url = "\(credentials.baseURL)/api/v1/Account/\(credentials.authID)/numbers?per_page=1&include_subaccounts=true"
        let headers = [
            WireRequest.Header("X-Auth-ID", credentials.authID), WireRequest.Header("X-Auth-Token", credentials.token.value),
        ]
        let response = try await HTTPTransport().fetch(WireRequest(method: .get, url: url, headers: headers), provider: .vobiz)
        guard let object = try JSONSerialization.jsonObject(with: response.body) as? [String: Any], let total = object["total"] as? Int else {
            throw BenchmarkFailure("the sandbox's owned list did not say its total (HTTP \(response.status))")
        }
        return total
    }
}
