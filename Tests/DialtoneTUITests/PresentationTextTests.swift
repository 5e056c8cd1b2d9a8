import DialtoneCore
import DialtoneViewModels
import Foundation
import Testing

@testable import DialtoneTUI

/// Pure presentation text: search matches, places beside a CC column, dates for people.
@Suite struct PresentationTextTests {
    @Test func substringMatchesAreFoundAnywhereInTheDigits() {
        let shown = "+91 80 4567 8080"
        let positions = SearchMatch.positions(in: shown, search: "80", mode: .substring)
        let matched = positions.map { String(Array(shown)[$0]) }.joined()
        #expect(matched == "808080")
        #expect(positions == [4, 5, 12, 13, 14, 15])
    }

    @Test func plivoPatternsMatchAfterTheCallingCode() {
        let shown = "+1 415 555 0100"
        let mode = SearchMatch.mode(for: .plivo, country: "US")
        #expect(SearchMatch.positions(in: shown, search: "415", mode: mode) == [3, 4, 5])
        #expect(SearchMatch.positions(in: shown, search: "4?5*", mode: mode) == [3, 4, 5])
        #expect(SearchMatch.positions(in: shown, search: "G1J", mode: mode) == [3, 4, 5], "letters are keypad digits")
        #expect(SearchMatch.positions(in: shown, search: "GIK", mode: mode).isEmpty, "a pattern that does not match marks nothing")
        #expect(SearchMatch.positions(in: shown, search: "999", mode: mode).isEmpty)
        #expect(SearchMatch.positions(in: shown, search: "", mode: .substring).isEmpty)
    }

    @Test func placesBesideTheCountryColumnDoNotRepeatIt() {
        #expect(NumberFormatting.place(region: "Washington, United States", city: "SEATTLE", besideCountry: "US") == "SEATTLE, Washington")
        #expect(NumberFormatting.place(region: "Abu Dhabi", city: "Abu Dhabi", besideCountry: "AE") == "Abu Dhabi")
        #expect(NumberFormatting.place(region: "CA", city: "San Francisco", besideCountry: "US") == "San Francisco, CA")
        #expect(NumberFormatting.place(region: nil, city: nil, besideCountry: "US") == nil)
    }

    @Test func datesReadAsLocalTimeAndAge() throws {
        let now = Date(timeIntervalSince1970: 1_750_000_000)  // 15 Jun 2025 15:06:40 UTC
        let listed = try #require(MomentFormatting.parseTimestamp("2025-06-12T08:36:00Z"))
        #expect(MomentFormatting.moment(listed, now: now, timeZone: .gmt) == "3 days ago · 12 Jun 08:36")
        let lastYear = try #require(MomentFormatting.parseTimestamp("2024-10-17T08:36:00Z"))
        #expect(MomentFormatting.moment(lastYear, now: now, timeZone: .gmt) == "8 months ago · 17 Oct 2024")
        let kolkata = try #require(TimeZone(identifier: "Asia/Kolkata"))
        #expect(MomentFormatting.localTime(listed, timeZone: kolkata) == "12 Jun 2025 14:06")
        #expect(MomentFormatting.relative(now.addingTimeInterval(-30), now: now) == "just now")
        #expect(MomentFormatting.relative(now.addingTimeInterval(-7200), now: now) == "2 h ago")
        #expect(MomentFormatting.relative(now.addingTimeInterval(86_400 * 90), now: now) == "in 3 months")
        #expect(MomentFormatting.relative(now.addingTimeInterval(-86_400 * 800), now: now) == "2 years ago")
        #expect(MomentFormatting.parseTimestamp("2025-06-12T08:36:00.250Z") != nil)
        #expect(MomentFormatting.parseTimestamp("lata 722") == nil)
    }

    @Test func perMinutePricesSayTheirCurrencyAndUnit() {
        #expect(NumberFormatting.perMinute(Money(Decimal(string: "0.0085")!, "USD")) == "USD 0.0085/min")
        #expect(NumberFormatting.perMinute(Money(1, "EUR")) == "EUR 1.00/min")
    }

    @Test func detailLabelsShareOneStyleWhateverTheProviderCallsThem() {
        #expect(NumberDetail.label("rate_center") == "Rate center")
        #expect(NumberDetail.label("listed since") == "Listed since")
        #expect(NumberDetail.label("LATA") == "LATA")
    }

    @Test func ownedDetailsSayWhatTheProviderSaidAndNothingElse() {
        let fields = OwnedDetails.Fields(isBlocked: true, applicationID: "app_1", inboundPerMinute: Money(Decimal(string: "0.0085")!, "USD"))
        let row = OwnedRow(number: OwnedNumber(provider: .vobiz, e164: "+919876543210", country: "IN", details: OwnedDetails(fields)), profile: "work")
        let lines = NumberDetail.lines(for: row, now: Date(timeIntervalSince1970: 0), timeZone: TimeZone(identifier: "UTC")!)
        let byLabel = Dictionary(lines.map { ($0.label, $0.value) }, uniquingKeysWith: { first, _ in first })
        #expect(byLabel["Blocked"] == "yes" && byLabel["Application"] == "app_1" && byLabel["Inbound rate"] == "USD 0.0085/min")
        #expect(byLabel["Trunk group"] == nil && byLabel["Next billing"] == nil && byLabel["Outbound rate"] == nil)
        #expect(byLabel["Monthly fee"] == "unknown", "the same word as a listed number's unknown fee")
        let plain = NumberDetail.lines(for: OwnedRow(number: OwnedNumber(provider: .plivo, e164: "+14155550100", country: "US"), profile: "work"),
                                       now: Date(timeIntervalSince1970: 0))
        #expect(!plain.contains { ["Blocked", "Trunk group", "Application", "Inbound rate"].contains($0.label) })
    }
}
