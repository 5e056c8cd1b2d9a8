import DialtoneSandbox
import Foundation
import Testing

/// The headless commands, run as real processes against a sandbox over HTTP.
@Suite(.serialized) struct HeadlessCommandTests {
    private func csvRows(_ text: String) -> [[String: String]] {
        var lines = CSVReader.rows(text)
        guard !lines.isEmpty else { return [] }
        let header = lines.removeFirst()
        return lines.map { Dictionary(uniqueKeysWithValues: zip(header, $0).map { ($0, $1) }) }
    }

    @Test func inventoryJSONAndCSVParseBackToTheSameData() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let cli = try CLIRunner(extra: fixture.environment(only: "VOBIZ"))
        let json = try await cli.run(["inventory", "--country", "IN", "--per-page", "15", "--json"])
        let csv = try await cli.run(["inventory", "--country", "IN", "--per-page", "15", "--csv"])
        #expect(json.status == 0, "\(json.stderr)")
        #expect(csv.status == 0, "\(csv.stderr)")
        let fromJSON = try JSONLines.strings(json.stdout)
        #expect(fromJSON.count == 15)
        #expect(fromJSON == csvRows(csv.stdout))
        #expect(fromJSON.allSatisfy { $0["country"] == "IN" && $0["number"]!.hasPrefix("+91") && !$0["currency"]!.isEmpty })
    }

    @Test func inventoryAllStreamsEveryPage() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let cli = try CLIRunner(extra: fixture.environment(only: "PLIVO"))
        let one = try await cli.run(["inventory", "--country", "SG", "--json", "--per-page", "100"])
        let all = try await cli.run(["inventory", "--country", "SG", "--json", "--per-page", "7", "--all"])
        #expect(all.status == 0, "\(all.stderr)")
        let everyNumber = Set(try JSONLines.strings(all.stdout).map { $0["number"]! })
        #expect(everyNumber == Set(try JSONLines.strings(one.stdout).map { $0["number"]! }))
        #expect(everyNumber.count > 7)
    }

    @Test func inventoryTableIsAlignedPlainText() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let cli = try CLIRunner(extra: fixture.environment(only: "VOBIZ"))
        let table = try await cli.run(["inventory", "--per-page", "5"])
        #expect(table.status == 0)
        let lines = table.stdout.split(separator: "\n")
        #expect(lines.count == 6 && lines[0].hasPrefix("NUMBER"))
        #expect(!table.stdout.contains("\u{1B}"), "no escape sequences when not a terminal")
        #expect(table.stderr.contains("page 1/"))
    }

    @Test func plivoWithoutCountryIsAClearOneLineError() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let cli = try CLIRunner(extra: fixture.environment(only: "PLIVO"))
        let result = try await cli.run(["inventory", "--json"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let error = try #require(try JSONSerialization.jsonObject(with: Data(result.stderr.utf8)) as? [String: [String: String]])
        #expect(error["error"]?["kind"] == "validation")
        #expect(error["error"]?["message"]?.contains("country") == true)
    }

    @Test func buyWithoutATerminalAndWithoutYesBuysNothing() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let cli = try CLIRunner(extra: fixture.environment(only: "VOBIZ"))
        let target = try #require(try JSONLines.strings(await cli.run(["inventory", "--country", "IN", "--per-page", "1", "--json"]).stdout).first?["number"])
        let stock = try await fixture.sandbox.numbersInStock(provider: "vobiz")
        let result = try await cli.run(["buy", target])
        #expect(result.status == 4)
        #expect(result.stderr.contains("Setup fee") && result.stderr.contains("--yes"))
        #expect(try await fixture.sandbox.numbersInStock(provider: "vobiz") == stock)
        #expect(cli.journal.isEmpty)
    }

    @Test func buyWithYesBuysOnceAndOwnedListsIt() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let cli = try CLIRunner(extra: fixture.environment(only: "VOBIZ"))
        let target = try #require(try JSONLines.strings(await cli.run(["inventory", "--country", "IN", "--per-page", "1", "--json"]).stdout).first?["number"])
        let stock = try await fixture.sandbox.numbersInStock(provider: "vobiz")
        let bought = try await cli.run(["buy", target, "--yes", "--json"])
        #expect(bought.status == 0, "\(bought.stderr)")
        #expect(try JSONLines.strings(bought.stdout).first?["outcome"] == "bought")
        #expect(try await fixture.sandbox.numbersInStock(provider: "vobiz") == stock - 1)
        let again = try await cli.run(["buy", target, "--yes"])
        #expect(again.status == 1, "a sold number cannot be bought twice")
        let owned = try await cli.run(["owned", "--provider", "vobiz", "--json"])
        #expect(try JSONLines.strings(owned.stdout).contains { $0["number"] == target })
        #expect(try await fixture.sandbox.ledgerIsConsistent())
        let states = cli.journal.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["state"] as? String
        }
        #expect(states == ["intent", "done"])
    }

    @Test func droppedAnswerAfterCommitExitsThreeAndOwnedShowsTheNumber() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let cli = try CLIRunner(extra: fixture.environment(only: "VOBIZ"))
        let target = try #require(try JSONLines.strings(await cli.run(["inventory", "--country", "IN", "--per-page", "1", "--json"]).stdout).first?["number"])
        fixture.sandbox.setFaults(SandboxFaults(dropAfterCommit: 1))
        let result = try await cli.run(["buy", target, "--yes"])
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stderr.contains("bought"))
        let owned = try await cli.run(["owned", "--json"])
        #expect(try JSONLines.strings(owned.stdout).contains { $0["number"] == target })
        #expect(try await fixture.sandbox.ledgerIsConsistent())
        #expect(cli.journal.contains("reconciled_bought"))
    }

    @Test func ownedCSVAndJSONAgreeAndTotalsArePerCurrency() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let cli = try CLIRunner(extra: fixture.environment)
        let json = try await cli.run(["owned", "--json"])
        let csv = try await cli.run(["owned", "--csv"])
        let table = try await cli.run(["owned"])
        #expect(json.status == 0 && csv.status == 0 && table.status == 0)
        #expect(try JSONLines.strings(json.stdout) == csvRows(csv.stdout))
        #expect(Set(try JSONLines.strings(json.stdout).map { $0["provider"]! }) == ["vobiz", "plivo", "agni"])
        #expect(table.stderr.contains("monthly"))
    }

    @Test func noCredentialsUsesTheBuiltInSandbox() async throws {
        let cli = try CLIRunner(extra: ["DIALTONE_SANDBOX_DB": ":memory:"])
        let result = try await cli.run(["inventory", "--per-page", "3", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("SANDBOX"))
        #expect(try JSONLines.strings(result.stdout).count == 3)
    }

    @Test func usageErrorsExitTwo() async throws {
        let cli = try CLIRunner()
        #expect(try await cli.run(["inventory", "--per-page", "500"]).status == 2)
        #expect(try await cli.run(["buy", "not-a-number"]).status == 2)
    }
}

/// A small RFC 4180 reader for checking CSV output.
enum CSVReader {
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            index += 1
            if quoted {
                if character != "\"" {
                    field.append(character)
                } else if index < characters.count, characters[index] == "\"" {
                    field.append("\"")
                    index += 1
                } else {
                    quoted = false
                }
                continue
            }
            switch character {
            case "\"": quoted = true
            case ",": row.append(field); field = ""
            case "\n": row.append(field); rows.append(row); row = []; field = ""
            default: field.append(character)
            }
        }
        return rows
    }
}
