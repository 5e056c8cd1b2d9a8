import Foundation
import Testing
@testable import DialtoneCore

/// Spend limits count days and months in one zone (`spend_timezone`, by default the machine's),
/// so that processes started with different `TZ` values agree on what "today" is.
@Suite struct SpendTimeZoneTests {
    private static let kolkata = TimeZone(identifier: "Asia/Kolkata")!
    private static let utc = TimeZone(identifier: "Etc/UTC")!

    /// 2026-12-01 18:00 UTC: 23:30 on 1 December in Kolkata.
    private static let lateEvening = Date(timeIntervalSince1970: 1_796_148_000)

    /// One INR 120 purchase, bought at `time`.
    private func contents(boughtAt time: Date) -> JournalContents {
        let number = PhoneNumber(
            provider: .vobiz, e164: "+919876543210", country: "IN", setupFee: Money(20, "INR"), monthlyFee: Money(100, "INR"))
        let intent = JournalEntry(intentToBuy: number, profile: "work", accountID: "MA_TEST", endpoint: "http://127.0.0.1", time: time)
        return JournalContents(entries: [intent, intent.followed(by: .done, at: time)], unreadableLines: 0)
    }

    private func spentToday(in zone: TimeZone, boughtAt time: Date, now: Date) -> Money? {
        let limits = SpendLimits(daily: Money(150, "INR"), monthly: Money(1000, "INR"), timeZone: zone)
        return limits.standings(currency: "INR", in: contents(boughtAt: time), now: now) { _ in true }.first?.spent
    }

    @Test func aPurchaseBeforeMidnightInTheZoneIsYesterdaysThereWhateverUTCSays() {
        let afterMidnight = Self.lateEvening.addingTimeInterval(3600)  // 00:30 on 2 December in Kolkata, 19:00 UTC
        #expect(spentToday(in: Self.kolkata, boughtAt: Self.lateEvening, now: afterMidnight) == Money(0, "INR"))
        #expect(spentToday(in: Self.utc, boughtAt: Self.lateEvening, now: afterMidnight) == Money(120, "INR"))
    }

    @Test func theDailyLimitRefusesUntilMidnightInTheZoneAndNotAfter() {
        let limits = SpendLimits(daily: Money(150, "INR"), timeZone: Self.kolkata)
        let journal = contents(boughtAt: Self.lateEvening)
        let beforeMidnight = Self.lateEvening.addingTimeInterval(20 * 60)  // 23:50 in Kolkata
        let afterMidnight = Self.lateEvening.addingTimeInterval(40 * 60)  // 00:10 in Kolkata
        #expect(limits.refusal(charge: 100, currency: "INR", in: journal, now: beforeMidnight) { _ in true }?.contains("daily limit") == true)
        #expect(limits.refusal(charge: 100, currency: "INR", in: journal, now: afterMidnight) { _ in true } == nil)
    }

    @Test func theMonthStartsOnTheFirstInTheZone() {
        // 2026-11-30 18:00 UTC is 23:30 on 30 November in Kolkata; an hour later it is December there.
        let endOfNovember = Self.lateEvening.addingTimeInterval(-86_400)
        let limits = SpendLimits(monthly: Money(1000, "INR"), timeZone: Self.kolkata)
        let standing = limits.standings(currency: "INR", in: contents(boughtAt: endOfNovember), now: endOfNovember.addingTimeInterval(3600)) { _ in true }
        #expect(standing.map(\.spent) == [Money(0, "INR")])
    }

    @Test func theMachineZoneIsWhereLocaltimeLinks() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dialtone-zone-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let link = folder.appendingPathComponent("localtime").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/usr/share/zoneinfo/Asia/Kolkata")
        #expect(MachineTimeZone.resolve(localtime: link).identifier == "Asia/Kolkata")
        #expect(MachineTimeZone.resolve(localtime: folder.appendingPathComponent("missing").path).secondsFromGMT() == 0, "UTC when unknown")
    }

    @Test func theDefaultIsTheMachineZoneAndSpendTimezoneSetsEveryProfilesZone() throws {
        #expect(SpendLimits().timeZone == MachineTimeZone.resolve(localtime: "/etc/localtime"))
        let path = try TemporaryConfig.write("""
            spend_timezone = "Asia/Kolkata"
            spend_limit_daily = "INR 150"

            [profiles.india]
            provider = "vobiz"
            auth_id = "MA_INDIA001"
            token = "inline-token"
            spend_limit_daily = "INR 5000"
            """)
        let config = try ConfigLoader.load(environment: ["VOBIZ_AUTH_ID": "MA_ENV", "VOBIZ_AUTH_TOKEN": "env-token"], path: path)
        #expect(config.spendLimits.timeZone == Self.kolkata)
        #expect(config.profiles.map(\.spendLimits.timeZone) == [Self.kolkata, Self.kolkata], "file and environment profiles")
    }

    @Test func anUnknownZoneIsAConfigurationErrorNamingFileLineAndKey() throws {
        let path = try TemporaryConfig.write("theme = \"light\"\nspend_timezone = \"Mars/Olympus_Mons\"\n")
        let error = #expect(throws: DialtoneError.self) { try ConfigLoader.load(environment: [:], path: path) }
        #expect(error?.kind == .configuration)
        #expect(error?.description.contains("\(path):2") == true && error?.description.contains("spend_timezone") == true, "\(error?.description ?? "")")
    }
}
