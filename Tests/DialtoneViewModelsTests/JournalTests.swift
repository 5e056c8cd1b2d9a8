import DialtoneCore
import Foundation
import Synchronization
import Testing

struct JournalTests {
    private func intent(_ e164: String = "+14155551234", setup: String = "1.00", monthly: String = "0.80") -> JournalEntry {
        JournalEntry(
            intentToBuy: pricedNumber(e164, setup: setup, monthly: monthly), profile: "work", accountID: "MA_ABCDEFGH1234",
            endpoint: "https://api.plivo.com", time: Date(timeIntervalSince1970: 0))
    }

    @Test func linesAreJSONWithExactMoneyTheFullAccountAndTheEndpoint() throws {
        let journal = temporaryJournal()
        let entry = intent(setup: "0.1", monthly: "1234.5678")
        try journal.append(entry)
        let text = try String(contentsOfFile: journal.path, encoding: .utf8)
        #expect(text.hasSuffix("\n"))
        #expect(text.contains(#""setup":"0.1""#))
        #expect(text.contains(#""monthly":"1234.5678""#))
        #expect(text.contains(#""state":"intent""#))
        #expect(text.contains(#""account_id":"MA_ABCDEFGH1234""#))
        #expect(text.contains(#""endpoint":"https://api.plivo.com""#))
        #expect(try journal.read() == JournalContents(entries: [entry], unreadableLines: 0))
    }

    @Test func theFileIsPrivateAndSoIsItsFolder() throws {
        let journal = temporaryJournal()
        try journal.append(intent())
        let file = try FileManager.default.attributesOfItem(atPath: journal.path)
        #expect((file[.posixPermissions] as? Int) == 0o600)
        let folder = try FileManager.default.attributesOfItem(atPath: (journal.path as NSString).deletingLastPathComponent)
        #expect((folder[.posixPermissions] as? Int) == 0o700)
    }

    @Test func unresolvedIntentsIgnoreUnknownButNotSettledLines() throws {
        let journal = temporaryJournal()
        let first = intent()
        let second = intent("+14155550001")
        try journal.append(first)
        try journal.append(second)
        try journal.append(first.followed(by: .unknown, at: Date()))
        try journal.append(second.followed(by: .done, at: Date()))
        #expect(try journal.read().unresolvedIntents.map(\.id) == [first.id])
    }

    @Test func aTornLastLineNeverSwallowsTheNextRecordAndIsCounted() throws {
        let journal = temporaryJournal()
        #expect(try journal.read() == JournalContents(entries: [], unreadableLines: 0))
        try journal.append(intent())
        let handle = try #require(FileHandle(forWritingAtPath: journal.path))
        handle.seekToEndOfFile()
        handle.write(Data(#"{"id":"trunc"#.utf8))
        try handle.close()
        let next = intent("+14155550002")
        try journal.append(next)
        let contents = try journal.read()
        #expect(contents.entries.count == 2)
        #expect(contents.unresolvedIntents.map(\.id).contains(next.id), "the next intent survives the torn line")
        #expect(contents.unreadableLines == 1)
        #expect(contents.warning(path: journal.path)?.contains("1 line could not be read") == true)
    }

    @Test func linesOfAnOlderVersionStillRead() throws {
        let journal = temporaryJournal()
        let old = #"{"account":"MA_A…1234","currency":"USD","e164":"+14155551234","id":"1F0B9C64-4D2B-4C85-9E0C-4B8E3D2A8F10","monthly":"0.8","profile":"work","provider":"plivo","setup":"1","state":"intent","time":"2026-11-20T10:00:00Z"}"#
        try FileManager.default.createDirectory(atPath: (journal.path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data((old + "\n").utf8).write(to: URL(fileURLWithPath: journal.path))
        let entry = try #require(try journal.read().entries.first)
        #expect(entry.accountID == "MA_A…1234" && entry.endpoint == nil)
    }

    @Test func appendsFromManyWritersAtOnceStayWhole() async throws {
        let path = temporaryJournal().path
        // Separate journals share no in-process lock: only flock keeps the lines whole.
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<8 {
                group.addTask {
                    let journal = PurchaseJournal(path: path)
                    for index in 0..<50 {
                        try journal.append(self.intent("+1415\(String(format: "%03d%04d", writer, index))"))
                    }
                }
            }
            try await group.waitForAll()
        }
        let contents = try PurchaseJournal(path: path).read()
        #expect(contents.entries.count == 400)
        #expect(contents.unreadableLines == 0)
    }

    @Test func anIntentLockIsExclusiveUntilReleased() throws {
        let journal = temporaryJournal()
        let id = UUID()
        let held = try journal.lockIntent(id)
        #expect(try journal.tryLockIntent(id) == nil)
        held.release()
        let again = try #require(try journal.tryLockIntent(id))
        again.release()
        let folder = journal.path + ".locks"
        #expect((try? FileManager.default.contentsOfDirectory(atPath: folder))?.isEmpty == true, "released locks leave no file")
    }

    @Test func defaultPathFollowsXDGStateHome() {
        #expect(PurchaseJournal.defaultPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/dialtone/purchases.jsonl")
        #expect(PurchaseJournal.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/state/dialtone/purchases.jsonl")
        #expect(PurchaseJournal.defaultPath(environment: ["HOME": "/h"], sandbox: true) == "/h/.local/state/dialtone/sandbox-purchases.jsonl")
    }
}

/// Two writers at once: a check made under the journal's lock admits no more than the limit.
struct JournalAdmissionTests {
    @Test func twoJournalsOnOneFileNeverBothPassALimit() throws {
        let first = temporaryJournal()
        let second = PurchaseJournal(path: first.path)
        let limit = SpendLimits(daily: Money(9, "USD"))
        let now = Date()
        let admitted = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: 24) { index in
            let journal = index.isMultiple(of: 2) ? first : second
            let intent = JournalEntry(
                intentToBuy: pricedNumber(), profile: "work", accountID: "MA_TESTACCOUNT01", endpoint: "https://fake.test", time: now)
            do {
                try journal.append(intent) { contents in
                    if let refusal = limit.refusal(charge: 1.8, currency: "USD", in: contents, now: now, matching: { _ in true }) {
                        throw DialtoneError(.spendLimit, detail: refusal)
                    }
                }
                admitted.add(1, ordering: .relaxed)
            } catch {}
        }
        #expect(admitted.load(ordering: .relaxed) == 5, "5 × USD 1.80 fits in USD 9.00; a sixth would pass it")
        #expect(try first.read().entries.count == 5)
    }

    @Test func spendLimitAmountsNeedACurrency() {
        #expect(SpendLimits.amount("USD 50.00") == Money(50, "USD"))
        #expect(SpendLimits.amount("12.5 inr") == Money(Decimal(string: "12.5")!, "INR"))
        #expect(SpendLimits.amount("50") == nil)
        #expect(SpendLimits.amount("USD -1") == nil)
        #expect(SpendLimits.amount("US 5") == nil)
    }
}
