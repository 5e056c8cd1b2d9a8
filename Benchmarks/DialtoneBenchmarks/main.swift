import DialtoneViewModels
import Foundation

/// `DialtoneBenchmarks [--dialtone PATH] [--db PATH] [--rounds N] GROUP…` — runs the named groups
/// and prints one `ROW` line per DESIGN §6 budget (see `BenchmarkRow`). Groups: sandbox, buy,
/// owned, prefetch, render, faults, campaign. `owned` reports this process's memory, so run it
/// on its own; it serves its sandbox from the `--dialtone` binary, in a database beside `--db`.
/// `campaign` runs `--rounds` rounds (default 24) of `--dialtone` processes.
@MainActor
func runBenchmarks(_ arguments: [String]) async -> Int32 {
    var groups: [String] = []
    var dialtone: String?
    var database = ".build-release/bench/sandbox-1m.sqlite"
    var rounds = 24
    var iterator = arguments.makeIterator()
    while let argument = iterator.next() {
        switch argument {
        case "--dialtone": dialtone = iterator.next()
        case "--db": database = iterator.next() ?? database
        case "--rounds": rounds = iterator.next().flatMap(Int.init) ?? rounds
        default: groups.append(argument)
        }
    }
    if groups.isEmpty { groups = ["sandbox", "buy", "prefetch", "render", "faults"] }
    var failed = false
    for group in groups {
        note("benchmark group: \(group)")
        do {
            let rows: [BenchmarkRow]
            switch group {
            case "sandbox":
                try FileManager.default.createDirectory(
                    atPath: (database as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                rows = try await SandboxQueryBenchmark.run(databasePath: database)
            case "buy": rows = try await ConcurrentPurchaseBenchmark.run()
            case "owned":
                let folder = (database as NSString).deletingLastPathComponent
                rows = try await OwnedFleetBenchmark.run(dialtone: dialtone, databasePath: folder + "/sandbox-owned-100k.sqlite")
            case "prefetch": rows = try await PrefetchBenchmark.run()
            case "render": rows = try await RenderBenchmark.run()
            case "faults": rows = try await FaultSweep.run(dialtone: dialtone)
            case "campaign":
                guard let dialtone else { throw BenchmarkFailure("the campaign runs dialtone processes: give --dialtone") }
                rows = [try await FaultCampaign.run(dialtone: dialtone, rounds: rounds)]
            default: throw BenchmarkFailure("unknown group \(group)")
            }
            rows.forEach { $0.emit() }
        } catch {
            failed = true
            BenchmarkRow(key: "error.\(group)", what: "\(group) benchmark", measured: "error", budget: "-", passed: false,
                         detail: "\(error)").emit()
        }
    }
    return failed ? 1 : 0
}

MemoryTrim.useOneArena()  // as the dialtone binary does first thing
exit(await runBenchmarks(Array(CommandLine.arguments.dropFirst())))
