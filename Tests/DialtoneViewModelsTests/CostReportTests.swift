import DialtoneCore
import Foundation
import Testing
@testable import DialtoneViewModels

/// The Costs figures: per currency, never added across; the part routing nowhere; the journal's
/// 12 months as the spend limits count them.
struct CostReportTests {
    static let trunk = OwnedDetails(OwnedDetails.Fields(trunkGroupID: "TG-1"))

    static func number(
        _ provider: ProviderKind, _ fee: String?, _ currency: String = "USD", account: String? = "MA_MAIN_ACCOUNT_1",
        country: String = "US", type: NumberType = .local, routed: Bool = true
    ) -> OwnedNumber {
        OwnedNumber(
            provider: provider, e164: "+1415555\(Int.random(in: 1000...9999))", country: country, type: type,
            monthlyFee: fee.map { Money(Decimal(string: $0)!, currency) }, accountID: account, details: routed ? trunk : .none)
    }

    @Test func eachCurrencyIsSummedOnItsOwnAndTheUnpricedAreInNoTotal() {
        let costs = OwnedCosts([
            Self.number(.plivo, "0.80"), Self.number(.plivo, "1.20", routed: false), Self.number(.vobiz, "150", "INR"),
            Self.number(.vobiz, nil),
        ])
        #expect(costs.numberCount == 4 && costs.unpricedCount == 1)
        #expect(costs.currencies.map(\.currency) == ["INR", "USD"])
        let usd = costs.currencies[1]
        #expect(usd.total.total == Money(2, "USD") && usd.total.routesNowhere == Money(Decimal(string: "1.20")!, "USD"))
        #expect(usd.total.count == 2)
        #expect(costs.currencies[0].total.total == Money(150, "INR"))
    }

    @Test func everyBreakdownSumsToTheCurrencysTotalLargestFirst() throws {
        let costs = OwnedCosts([
            Self.number(.plivo, "1.00", country: "US"), Self.number(.plivo, "2.00", account: "SA_SUB_ACCOUNT_22", country: "GB", type: .tollfree, routed: false),
            Self.number(.agni, "4.00", account: nil, country: "", type: .mobile), Self.number(.plivo, "0.50", country: "US"),
        ])
        let usd = try #require(costs.currencies.first)
        #expect(usd.breakdowns.map(\.dimension) == CostDimension.allCases)
        for breakdown in usd.breakdowns {
            #expect(breakdown.buckets.reduce(Decimal(0)) { $0 + $1.total.amount } == usd.total.total.amount, "\(breakdown.dimension)")
            #expect(breakdown.buckets.map(\.total.amount) == breakdown.buckets.map(\.total.amount).sorted(by: >), "\(breakdown.dimension)")
        }
        let byAccount = usd.breakdowns[1].buckets
        #expect(byAccount.map(\.label) == ["not stated", "SA_S…_22", "MA_M…T_1"])
        #expect(byAccount.map(\.key) == ["", "SA_S…_22", "MA_M…T_1"], "account ids are masked for scripts too")
        let byCountry = usd.breakdowns[2].buckets
        #expect(byCountry.map(\.label) == ["not stated", "GB United Kingdom", "US United States"])
        #expect(byCountry[1].routesNowhere == Money(2, "USD") && byCountry[2].routesNowhere == Money(0, "USD"))
        #expect(usd.largestBucket == 4)
    }

    @Test func aBreakdownShowsItsLargestGroupsAndSumsTheRest() throws {
        let countries = ["US", "GB", "CA", "DE", "FR", "AU", "JP", "SG", "IN"]
        let numbers = countries.enumerated().map { index, country in Self.number(.plivo, "\(index + 1)", country: country, routed: index != 0) }
        let lines = CostsDocument.lines(owned: OwnedCosts(numbers), months: JournalMonths(), journalProblem: nil)
        let bars = lines.compactMap { line -> CostBucket? in if case .bar(let bucket, _) = line { bucket } else { nil } }
        let byCountry = bars.filter { $0.label.count > 2 && !$0.label.hasPrefix("MA_") && $0.label != "Plivo" && $0.label != "local" }
        #expect(byCountry.count == CostsDocument.bucketsShown + 1)
        let more = try #require(byCountry.last)
        #expect(more.label == "3 more" && more.total == Money(6, "USD") && more.routesNowhere == Money(1, "USD") && more.count == 3)
    }

    @Test func theMonthsCountPurchasesAsTheLimitsDoAndReleaseFeesLessRefunds() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Kolkata")!
        let now = try #require(calendar.date(from: DateComponents(year: 2026, month: 12, day: 2, hour: 10)))
        let day = { (month: Int, year: Int) in calendar.date(from: DateComponents(year: year, month: month, day: 5, hour: 9))! }
        var entries: [JournalEntry] = []
        func buy(_ time: Date, _ state: JournalEntry.State?) {
            let number = PhoneNumber(provider: .vobiz, e164: "+919876543210", country: "IN", setupFee: Money(20, "INR"), monthlyFee: Money(100, "INR"))
            let intent = JournalEntry(intentToBuy: number, profile: "work", accountID: "MA_TEST", endpoint: "https://x.test", time: time)
            entries.append(intent)
            if let state { entries.append(intent.followed(by: state, at: time)) }
        }
        buy(day(12, 2026), .done)
        buy(day(12, 2026), nil)  // outcome unknown: counted as spent, as the limits count it
        buy(day(6, 2026), .failed)
        buy(day(1, 2026), .done)
        buy(day(12, 2025), .done)  // 12 months back: outside
        let owned = OwnedNumber(provider: .vobiz, e164: "+919876543210", country: "IN", monthlyFee: Money(100, "INR"))
        let release = JournalEntry(intentToRelease: owned, profile: "work", accountID: "MA_TEST", endpoint: "https://x.test", time: day(3, 2026))
        entries += [release, release.released(at: day(3, 2026), receipt: ReleaseReceipt(provider: .vobiz, e164: owned.e164, releaseFee: Money(30, "INR")))]
        let cancel = JournalEntry(intentToCancelRelease: owned, profile: "work", accountID: "MA_TEST", endpoint: "https://x.test", time: day(4, 2026))
        entries += [cancel, cancel.restored(at: day(4, 2026), receipt: ReleaseReceipt(provider: .vobiz, e164: owned.e164, refunded: Money(30, "INR")))]

        let months = JournalMonths(JournalContents(entries: entries, unreadableLines: 0), endingAt: now, calendar: calendar)
        #expect(months.starts.count == 12)
        #expect(months.starts.first == calendar.date(from: DateComponents(year: 2026, month: 1, day: 1)))
        #expect(months.months.first?.iso == "2026-01" && months.months.last?.name == "Dec 2026", "named in Kolkata, not UTC")
        let inr = try #require(months.currencies.first)
        #expect(months.currencies.count == 1 && inr.currency == "INR")
        #expect(inr.purchases == [120, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 240])
        #expect(inr.releases == [0, 0, 30, -30, 0, 0, 0, 0, 0, 0, 0, 0])
        #expect(inr.purchaseTotal == Money(360, "INR") && inr.releaseTotal == Money(0, "INR"))
    }

    @Test func aCurrencyWithNothingInTheseMonthsIsLeftOut() {
        let number = PhoneNumber(provider: .plivo, e164: "+14155551234", country: "US", setupFee: Money(1, "USD"), monthlyFee: Money(1, "USD"))
        let old = JournalEntry(intentToBuy: number, profile: "p", accountID: "MA", endpoint: "https://x.test", time: Date(timeIntervalSince1970: 0))
        let months = JournalMonths(JournalContents(entries: [old, old.followed(by: .done, at: old.time)], unreadableLines: 0), endingAt: Date(), calendar: .current)
        #expect(months.currencies.isEmpty && months.starts.count == 12)
    }
}
