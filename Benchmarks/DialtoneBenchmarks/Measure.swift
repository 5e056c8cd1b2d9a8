import DialtoneViewModels
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Timing, percentiles and memory readings shared by the benchmarks.
enum Measure {
    private static let clock = ContinuousClock()

    /// Runs `body` and returns its result and its duration in milliseconds.
    static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = clock.now
        let value = try body()
        return (value, milliseconds(clock.now - start))
    }

    /// `time` for async work, run on the caller's actor.
    static func time<T>(
        isolation: isolated (any Actor)? = #isolation, _ body: () async throws -> T
    ) async rethrows -> (T, Double) {
        let start = clock.now
        let value = try await body()
        return (value, milliseconds(clock.now - start))
    }

    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1_000 + Double(duration.components.attoseconds) / 1e15
    }

    /// The `fraction` quantile (nearest rank) of `values`; `nil` for none, so that no budget is
    /// met by a measurement that was never taken.
    static func percentile(_ values: [Double], _ fraction: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let rank = Int((Double(sorted.count) * fraction).rounded(.up)) - 1
        return sorted[min(sorted.count - 1, max(0, rank))]
    }

    static func median(_ values: [Double]) -> Double? { percentile(values, 0.5) }

    /// CPU seconds this process has used so far (user + system).
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        let seconds = usage.ru_utime.tv_sec + usage.ru_stime.tv_sec
        let micros = usage.ru_utime.tv_usec + usage.ru_stime.tv_usec
        return Double(seconds) + Double(micros) / 1e6
    }

    /// This process's resident set size in MB (`VmRSS` of `statusPath`, /proc/self/status).
    /// Throws, naming what was missing, when the file or its `VmRSS` line cannot be read: a
    /// reading that was not taken must not pass a memory budget as 0 MB.
    static func residentMegabytes(statusPath: String = "/proc/self/status") throws -> Double {
        let status: String
        do {
            status = try String(contentsOfFile: statusPath, encoding: .utf8)
        } catch {
            throw BenchmarkFailure("resident memory unread: \(statusPath): \(error.localizedDescription)")
        }
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kilobytes = line.split(separator: " ").dropFirst().first.flatMap({ Double($0) }), kilobytes > 0
        else { throw BenchmarkFailure("resident memory unread: \(statusPath) has no positive VmRSS line") }
        return kilobytes / 1_024
    }

    /// `residentMegabytes` after glibc has returned freed heap pages to the system: what is live
    /// rather than what the allocator kept.
    static func residentMegabytesAfterTrim() throws -> Double {
        MemoryTrim.release()
        return try residentMegabytes()
    }

    /// Polls `condition` on the main actor every millisecond until it holds or `timeout` passes.
    /// Returns whether it held.
    @MainActor
    static func waitUntil(timeout: Duration = .seconds(30), _ condition: @MainActor () -> Bool) async -> Bool {
        let deadline = clock.now + timeout
        while !condition() {
            if clock.now > deadline { return false }
            try? await Task.sleep(for: .milliseconds(1))
        }
        return true
    }
}

extension Double {
    /// `12.34 ms` style, with two decimals.
    var ms: String { String(format: "%.2f ms", self) }
}

extension Optional<Double> {
    /// `Double.ms`, or `none` for a measurement that was never taken.
    var ms: String { map(\.ms) ?? "none" }

    /// Whether the measurement was taken and is at most `budget`.
    func isWithin(_ budget: Double) -> Bool { map { $0 <= budget } ?? false }

    /// Whether the measurement was taken and is under `limit`.
    func isBelow(_ limit: Double) -> Bool { map { $0 < limit } ?? false }
}
