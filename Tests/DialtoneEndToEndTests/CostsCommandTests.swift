import DialtoneSandbox
import Foundation
import Testing

/// `dialtone costs`, run as a real process against a sandbox over HTTP: the same figures as
/// `owned` lists, per currency, in JSON lines, CSV and a table.
@Suite(.serialized) struct CostsCommandTests {
    private func decimal(_ text: String?) -> Decimal { text.flatMap { Decimal(string: $0) } ?? 0 }

    @Test func costsAddUpWhatOwnedListsPerCurrencyInEveryFormat() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let cli = try CLIRunner(extra: fixture.environment)
        let owned = try JSONLines.strings(try await cli.run(["owned", "--json"]).stdout)
        let json = try await cli.run(["costs", "--json"])
        let csv = try await cli.run(["costs", "--csv"])
        let table = try await cli.run(["costs"])
        #expect(json.status == 0 && csv.status == 0 && table.status == 0, "\(json.stderr)")
        let rows = try JSONLines.strings(json.stdout)
        #expect(rows == CSVReader.records(csv.stdout), "CSV and JSON carry the same figures")

        // Per currency: the total row is what owned lists, and what routes nowhere is the part
        // listed with no trunk and no application.
        var expected: [String: (total: Decimal, nowhere: Decimal, count: Int)] = [:]
        for number in owned where !(number["monthly_fee"] ?? "").isEmpty {
            let routed = ["trunk_group_id", "inbound_trunk_id", "application_id"].contains { !(number[$0] ?? "").isEmpty }
            let fee = decimal(number["monthly_fee"])
            expected[number["currency"]!, default: (0, 0, 0)].total += fee
            expected[number["currency"]!, default: (0, 0, 0)].count += 1
            if !routed { expected[number["currency"]!, default: (0, 0, 0)].nowhere += fee }
        }
        let totals = rows.filter { $0["kind"] == "monthly" && $0["group"] == "total" }
        #expect(Set(totals.map { $0["currency"]! }) == Set(expected.keys) && totals.count >= 2, "one total per currency, never one across them")
        for total in totals {
            let want = try #require(expected[total["currency"]!])
            #expect(decimal(total["amount"]) == want.total && decimal(total["routes_nowhere"]) == want.nowhere, "\(total)")
            #expect(Int(total["numbers"]!) == want.count)
            for group in ["provider", "account", "country", "type"] {
                let buckets = rows.filter { $0["kind"] == "monthly" && $0["currency"] == total["currency"] && $0["group"] == group }
                #expect(buckets.reduce(Decimal(0)) { $0 + decimal($1["amount"]) } == want.total, "\(group) sums to the total")
            }
        }
        #expect(expected.values.contains { $0.nowhere > 0 }, "the sandbox owns numbers that route nowhere")
        #expect(table.stdout.contains("a month") && table.stdout.contains("ROUTES_NOWHERE"))
        #expect(!table.stdout.contains("\u{1B}"))
    }

    @Test func aPurchaseCountsInThisMonthsFigures() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let cli = try CLIRunner(extra: fixture.environment(only: "VOBIZ"))
        let before = try JSONLines.strings(try await cli.run(["costs", "--json"]).stdout)
        #expect(!before.contains { $0["kind"] == "purchases" }, "an empty journal has no months to show")
        let listed = try JSONLines.strings(try await cli.run(["inventory", "--country", "IN", "--per-page", "1", "--json"]).stdout)
        let target = try #require(listed.first)
        #expect(try await cli.run(["buy", target["number"]!, "--yes"]).status == 0)
        let after = try await cli.run(["costs", "--json"])
        let months = try JSONLines.strings(after.stdout).filter { $0["kind"] == "purchases" && $0["currency"] == target["currency"] }
        #expect(months.count == 12)
        let charged = decimal(target["setup_fee"]) + decimal(target["monthly_fee"])
        #expect(decimal(months.last?["amount"]) == charged && charged > 0, "the current month is last: \(months.last ?? [:])")
        #expect(months.dropLast().allSatisfy { decimal($0["amount"]) == 0 })
    }
}

extension CSVReader {
    /// CSV rows as dictionaries keyed by the header row.
    static func records(_ text: String) -> [[String: String]] {
        var lines = rows(text)
        guard !lines.isEmpty else { return [] }
        let header = lines.removeFirst()
        return lines.map { Dictionary(uniqueKeysWithValues: zip(header, $0).map { ($0, $1) }) }
    }
}
