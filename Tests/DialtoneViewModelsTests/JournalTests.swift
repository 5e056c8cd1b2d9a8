import DialtoneCore
import Foundation
import Testing

struct JournalTests {
    @Test func linesAreJSONWithExactMoneyAndAMaskedAccount() throws {
        let journal = temporaryJournal()
        let number = pricedNumber(setup: "0.1", monthly: "1234.5678")
        let intent = JournalEntry(intentToBuy: number, profile: "work", accountID: "MA_ABCDEFGH1234", time: Date(timeIntervalSince1970: 0))
        try journal.append(intent)
        let text = try String(contentsOfFile: journal.path, encoding: .utf8)
        #expect(text.hasSuffix("\n"))
        #expect(text.contains(#""setup":"0.1""#))
        #expect(text.contains(#""monthly":"1234.5678""#))
        #expect(text.contains(#""state":"intent""#))
        #expect(!text.contains("MA_ABCDEFGH1234"))
        #expect(try journal.entries() == [intent])
    }

    @Test func theFileIsPrivate() throws {
        let journal = temporaryJournal()
        try journal.append(JournalEntry(intentToBuy: pricedNumber(), profile: "p", accountID: "MA_X", time: Date()))
        let attributes = try FileManager.default.attributesOfItem(atPath: journal.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func unresolvedIntentsIgnoreUnknownButNotSettledLines() throws {
        let journal = temporaryJournal()
        let first = JournalEntry(intentToBuy: pricedNumber(), profile: "p", accountID: "MA_X", time: Date())
        let second = JournalEntry(intentToBuy: pricedNumber("+14155550001"), profile: "p", accountID: "MA_X", time: Date())
        try journal.append(first)
        try journal.append(second)
        try journal.append(first.followed(by: .unknown, at: Date()))
        try journal.append(second.followed(by: .done, at: Date()))
        #expect(try journal.unresolvedIntents().map(\.id) == [first.id])
    }

    @Test func aTornLastLineIsSkippedAndAMissingFileIsEmpty() throws {
        let journal = temporaryJournal()
        #expect(try journal.entries().isEmpty)
        try journal.append(JournalEntry(intentToBuy: pricedNumber(), profile: "p", accountID: "MA_X", time: Date()))
        let handle = try #require(FileHandle(forWritingAtPath: journal.path))
        handle.seekToEndOfFile()
        handle.write(Data(#"{"id":"trunc"#.utf8))
        try handle.close()
        #expect(try journal.entries().count == 1)
    }

    @Test func defaultPathFollowsXDGStateHome() {
        #expect(PurchaseJournal.defaultPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/dialtone/purchases.jsonl")
        #expect(PurchaseJournal.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/state/dialtone/purchases.jsonl")
    }
}
