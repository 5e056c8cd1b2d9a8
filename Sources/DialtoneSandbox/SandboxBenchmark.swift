import Foundation
import GRDB

/// Latency of one kind of query, in milliseconds.
public struct SandboxLatency: Sendable, CustomStringConvertible {
    public let samples: Int
    public let p50: Double
    public let p99: Double
    public let max: Double

    init(_ durations: [Double]) {
        let sorted = durations.sorted()
        samples = sorted.count
        p50 = sorted.isEmpty ? 0 : sorted[sorted.count / 2]
        p99 = sorted.isEmpty ? 0 : sorted[Swift.min(sorted.count - 1, Int((Double(sorted.count) * 0.99).rounded(.up)) - 1)]
        max = sorted.last ?? 0
    }

    public var description: String {
        String(format: "p50 %.2f ms  p99 %.2f ms  max %.2f ms  (%d queries)", p50, p99, max, samples)
    }
}

/// What ``SandboxBenchmark/run(numbers:seed:databasePath:samples:)`` measured.
public struct SandboxBenchmarkReport: Sendable, CustomStringConvertible {
    public let numbers: Int
    /// Time to open and seed the database (near zero when a file was already seeded).
    public let seedingSeconds: Double
    /// Vobiz page of 25 + total, no search, random country or none.
    public let unfiltered: SandboxLatency
    /// Vobiz page of 25 + total, substring search of 3–6 digits.
    public let longSearch: SandboxLatency
    /// Vobiz page of 25 + total, substring search of 1–2 digits.
    public let shortSearch: SandboxLatency
    /// Plivo page of 20 + total_count, country plus a 3-digit pattern.
    public let plivoPattern: SandboxLatency

    public var description: String {
        """
        sandbox benchmark, \(numbers) numbers
          seeding:                    \(String(format: "%.2f s", seedingSeconds))
          vobiz page, no search:      \(unfiltered)
          vobiz page, 3–6 digits:     \(longSearch)
          vobiz page, 1–2 digits:     \(shortSearch)
          plivo page, 3-digit pattern: \(plivoPattern)
        """
    }
}

/// Measures the filtered-page queries behind the inventory endpoints (page + total, as the
/// endpoints run them) on a database of the given size, without HTTP in the way.
public enum SandboxBenchmark {
    public static func run(
        numbers: Int, seed: UInt64 = 1, databasePath: String = ":memory:", samples: Int = 300
    ) throws -> SandboxBenchmarkReport {
        let clock = ContinuousClock()
        let start = clock.now
        let database = try SandboxDatabase.open(path: databasePath, numbers: numbers, seed: seed)
        let seeding = (clock.now - start).milliseconds / 1_000
        var random = SeedRandom(seed: seed ^ 0xBE7C)
        let countries = CountryPlan.all.map(\.iso)

        func measure(_ query: (Database, inout SeedRandom) throws -> Void) throws -> SandboxLatency {
            var durations: [Double] = []
            try database.read { db in
                for _ in 0..<samples {
                    let began = clock.now
                    try query(db, &random)
                    durations.append((clock.now - began).milliseconds)
                }
            }
            return SandboxLatency(durations)
        }
        func vobiz(_ db: Database, _ random: inout SeedRandom, digits: ClosedRange<Int>?) throws {
            let country = random.percent(50) ? random.pick(countries) : nil
            let search = digits.map { range in
                String((0..<(range.lowerBound + random.below(range.count))).map { _ in Character(String(random.below(10))) })
            }
            _ = try StockSearch.vobiz(db, country: country, search: search, limit: 25, offset: 25 * random.below(4))
        }
        return SandboxBenchmarkReport(
            numbers: numbers, seedingSeconds: seeding,
            unfiltered: try measure { db, random in try vobiz(db, &random, digits: nil) },
            longSearch: try measure { db, random in try vobiz(db, &random, digits: 3...6) },
            shortSearch: try measure { db, random in try vobiz(db, &random, digits: 1...2) },
            plivoPattern: try measure { db, random in
                let plan = random.pick(CountryPlan.all)
                let area = random.pick(plan.areas).code
                var listing = NumberQuery.stock(of: .plivo)
                listing.require("country = ?", [plan.iso])
                listing.require(prefix: "+" + plan.callingCode + area + String(2 + random.below(8)))
                _ = try listing.fetch(db, limit: 20, offset: 0)
                _ = try listing.count(db)
            }
        )
    }
}

extension Duration {
    var milliseconds: Double {
        Double(components.seconds) * 1_000 + Double(components.attoseconds) / 1e15
    }
}
