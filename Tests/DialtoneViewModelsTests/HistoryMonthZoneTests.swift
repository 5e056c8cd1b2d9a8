import DialtoneCore
import Foundation
import Testing
@testable import DialtoneViewModels

/// The History screen's "this month" is the spend limits' month, counted in their zone.
@MainActor
struct HistoryMonthZoneTests {
    @Test func aPurchaseLateOnTheLastEveningOfTheMonthInKolkataIsNotThisMonthsThereAnHourLater() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dialtone-history-\(UUID().uuidString)/purchases.jsonl").path
        let journal = PurchaseJournal(path: path)
        // 2026-11-30 18:00 UTC: 23:30 on 30 November in Kolkata; an hour later it is December there only.
        let bought = Date(timeIntervalSince1970: 1_796_061_600)
        let number = PhoneNumber(provider: .vobiz, e164: "+919876543210", country: "IN", setupFee: Money(20, "INR"), monthlyFee: Money(100, "INR"))
        let intent = JournalEntry(intentToBuy: number, profile: "work", accountID: "MA_TEST", endpoint: "http://127.0.0.1", time: bought)
        try journal.append(intent)
        try journal.append(intent.followed(by: .done, at: bought))
        let clock = ModelClock.immediate(date: bought.addingTimeInterval(3600))
        for (zone, spent) in [("Asia/Kolkata", [Money(0, "INR")]), ("Etc/UTC", [Money(120, "INR")])] {
            let history = HistoryModel(journal: journal, calendar: SpendLimits(timeZone: TimeZone(identifier: zone)!).calendar, clock: clock)
            history.reload()
            #expect(history.state.monthSpend == spent, "\(zone)")
        }
    }
}
