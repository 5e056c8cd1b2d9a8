import Foundation
import Testing
@testable import dialtone

/// `--csv` cells a spreadsheet would run as a formula are neutralised (OWASP's rule: a single
/// quote in front, inside the quotes); the phone number keeps its `+`; JSON keeps the exact text.
@Suite(.serialized, .timeLimit(.minutes(3))) struct CSVFormulaTests {
    static let hyperlink = #"=HYPERLINK("http://evil.example/","click")"#

    @Test(arguments: [hyperlink, "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)"])
    func aCellThatStartsAFormulaGetsAQuoteInsideQuotes(_ value: String) {
        #expect(CSVField.cell(value) == "\"'" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"")
    }

    @Test func aLeadingTabOrCarriageReturnIsNeutralisedThoughSanitisingReplacesIt() {
        #expect(CSVField.cell("\t=1+1") == "\"' =1+1\"")
        #expect(CSVField.cell("\r=1+1") == "\"'\u{FFFD}=1+1\"")
    }

    @Test func aFormulaBehindAZeroWidthCharacterIsNeutralised() {
        #expect(CSVField.cell("\u{200B}=1+1") == "\"'=1+1\"")
    }

    @Test func thePhoneNumberKeepsItsPlusButNotAFormulaInItsColumn() {
        #expect(CSVField.cell("+14155551234", isPhoneNumber: true) == "+14155551234")
        #expect(CSVField.cell("+1=2", isPhoneNumber: true) == "\"'+1=2\"")
    }

    @Test func otherCellsAreQuotedOnlyWhenRFC4180NeedsIt() {
        #expect(CSVField.cell("Karnataka") == "Karnataka")
        #expect(CSVField.cell("Bengaluru, Karnataka") == "\"Bengaluru, Karnataka\"")
        #expect(CSVField.cell(#"say "hi""#) == #""say ""hi""""#)
        #expect(CSVField.cell("") == "")
    }

    @Test func inventoryCSVFromTheSandboxNeutralisesAProviderFormula() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let cli = try CLIRunner(extra: fixture.environment(only: "VOBIZ"))
        let first = try await cli.run(["inventory", "--country", "IN", "--per-page", "1", "--json"])
        let listed = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: String], "\(first.stderr)")
        let e164 = try #require(listed["number"])
        try await fixture.relabel(e164, as: Self.hyperlink)

        let csv = try await cli.run(["inventory", "--country", "IN", "--per-page", "5", "--csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let row = try #require(csv.stdout.split(separator: "\n").first { $0.hasPrefix(e164 + ",") }, "the number leads its row unquoted: \(csv.stdout)")
        let neutralised = #""'=HYPERLINK(""http://evil.example/"",""click"")""#
        #expect(row.contains("," + neutralised + ","), "\(row)")
        #expect(!csv.stdout.split(separator: "\n").contains { line in line.split(separator: ",").contains { $0.hasPrefix("=") || $0.hasPrefix("\"=") } })

        let json = try await cli.run(["inventory", "--country", "IN", "--per-page", "5", "--json"])
        let records = try json.stdout.split(separator: "\n").map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: String]) }
        #expect(records.first { $0["number"] == e164 }?["region"] == Self.hyperlink, "JSON keeps the provider's exact text")
    }
}
