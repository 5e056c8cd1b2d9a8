import DialtoneViewModels
import Foundation

/// `DialtoneBenchmarks [--dialtone PATH] [--db PATH] [--rounds N] GROUP…` — runs the named groups
/// and prints one `ROW` line per DESIGN §6 budget (see `BenchmarkRow`). Groups: sandbox, buy,
/// owned, costs, prefetch, render, faults, campaign. `owned` reports this process's memory, so run it
/// on its own; it serves its sandbox from the `--dialtone` binary, in a database beside `--db`.
/// `campaign` runs `--rounds` rounds (default 24) of `--dialtone` processes; `faults` runs
/// `--dialtone` for its CLI row.
///
/// Exits 1 when any row failed (a benchmark that could not run is a failed row too), 2 for
/// arguments it cannot use; every row is printed either way.
@MainActor
func runBenchmarks(_ arguments: [String]) async -> Int32 {
    var groups: [String] = []
    var dialtone: String?
    var database = ".build-release/bench/sandbox-1m.sqlite"
    var rounds = 24
    var iterator = arguments.makeIterator()
    func value(_ flag: String) -> String? {
        guard let value = iterator.next() else {
            note("\(flag) needs a value")
            return nil
        }
        return value
    }
    while let argument = iterator.next() {
        switch argument {
        case "--dialtone":
            guard let path = value(argument) else { return 2 }
            dialtone = path
        case "--db":
            guard let path = value(argument) else { return 2 }
            database = path
        case "--rounds":
            guard let count = value(argument).flatMap(Int.init), count > 0 else {
                note("--rounds needs a positive whole number")
                return 2
            }
            rounds = count
        default: groups.append(argument)
        }
    }
    if groups.isEmpty { groups = ["sandbox", "buy", "prefetch", "render", "faults"] }
    var failed = false
    for group in groups {
        note("benchmark group: \(group)")
        let rows: [BenchmarkRow]
        do {
            switch group {
            case "sandbox":
                try FileManager.default.createDirectory(
                    atPath: (database as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                rows = try await SandboxQueryBenchmark.run(databasePath: database)
            case "buy": rows = try await ConcurrentPurchaseBenchmark.run()
            case "owned":
                let folder = (database as NSString).deletingLastPathComponent
                rows = try await OwnedFleetBenchmark.run(dialtone: dialtone, databasePath: folder + "/sandbox-owned-100k.sqlite")
            case "costs":
                let folder = (database as NSString).deletingLastPathComponent
                rows = try await CostsScreenBenchmark.run(dialtone: dialtone, databasePath: folder + "/sandbox-owned-100k.sqlite")
            case "prefetch": rows = try await PrefetchBenchmark.run()
            case "render": rows = try await RenderBenchmark.run()
            case "faults": rows = try await FaultSweep.run(dialtone: dialtone)
            case "campaign":
                guard let dialtone else { throw BenchmarkFailure("the campaign runs dialtone processes: give --dialtone") }
                rows = [try await FaultCampaign.run(dialtone: dialtone, rounds: rounds)]
            default: throw BenchmarkFailure("unknown group \(group)")
            }
        } catch {
            rows = [BenchmarkRow(key: "error.\(group)", what: "\(group) benchmark", measured: "error", budget: "-", passed: false,
                                 detail: "\(error)")]
        }
        rows.forEach { $0.emit() }
        if rows.isEmpty {
            failed = true
            note("group \(group) gave no rows")
        }
        for row in rows where row.verdict == .fail {
            failed = true
            note("FAIL \(row.key)")
        }
    }
    return failed ? 1 : 0
}

MemoryTrim.useOneArena()  // as the dialtone binary does first thing
exit(await runBenchmarks(Array(CommandLine.arguments.dropFirst())))
