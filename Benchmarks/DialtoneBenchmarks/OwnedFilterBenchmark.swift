import DialtoneCore
import DialtoneViewModels
import Foundation

/// DESIGN §6: the owned view holding 100 000 numbers: time of one filter keystroke (≤ 30 ms)
/// and the process's resident memory (≤ 80 MB). Run in its own process so RSS is its own.
@MainActor
enum OwnedFilterBenchmark {
    /// Keystrokes as a user types them: narrowing, widening with backspace, and retyping.
    static let script: [String] = {
        var texts: [String] = []
        for word in ["415", "5550", "mumbai", "pending", "support", "+44 20"] {
            let characters = Array(word)
            for length in 1...characters.count { texts.append(String(characters[0..<length])) }
            for length in stride(from: characters.count - 1, through: 0, by: -1) { texts.append(String(characters[0..<length])) }
        }
        return texts
    }()

    static func run(count: Int = 100_000) async -> [BenchmarkRow] {
        let baseline = Measure.residentMegabytes()
        let session = ProfileSession(name: "owned-bench", provider: SyntheticOwnedProvider(count: count))
        let model = OwnedModel(sessions: [session])
        let (_, loadTime) = await Measure.time {
            model.reload()
            _ = await Measure.waitUntil(timeout: .seconds(120)) { !model.state.isLoading && model.state.totalCount == count }
        }
        var durations: [Double] = []
        var widening: [Double] = []
        for _ in 0..<3 {
            for text in script {
                let widens = !text.lowercased().contains(model.state.filter.text.lowercased())
                let (_, elapsed) = Measure.time {
                    model.setFilterText(text)
                    _ = model.state.summary  // what the status bar shows after the keystroke
                    _ = model.state.rows.prefix(40).map(\.number.e164)  // the visible rows
                }
                durations.append(elapsed)
                if widens { widening.append(elapsed) }
            }
        }
        let resident = Measure.residentMegabytes()
        let trimmed = Measure.residentMegabytesAfterTrim()
        let p99 = Measure.percentile(durations, 0.99)
        let worst = durations.max() ?? 0
        return [
            BenchmarkRow(
                key: "owned.filter", what: "owned 100 000: filter keystroke (p99 / max)", measured: "\(p99.ms) / \(worst.ms)",
                budget: "≤ 30 ms", passed: worst <= 30,
                detail: "\(durations.count) keystrokes, p50 \(Measure.median(durations).ms); the \(widening.count) widening ones "
                    + "(backspace: full rescan) p50 \(Measure.median(widening).ms); load+sort+keys \(loadTime.ms)"),
            BenchmarkRow(
                key: "owned.rss", what: "owned 100 000: resident memory", measured: String(format: "%.1f MB", resident),
                budget: "≤ 80 MB", passed: resident <= 80,
                detail: String(format: "process RSS incl. %.1f MB runtime baseline; %.1f MB after malloc_trim (freed load-time garbage)", baseline, trimmed)),
        ]
    }
}
