import Foundation
import Testing
@testable import DialtoneCore

/// The hand-made reader of providers' UTC timestamps agrees with Foundation's ISO 8601 parser,
/// and leaves every other form to it.
@Suite struct UTCTimestampTests {
    @Test func readsWhatFoundationReadsAcrossFourCenturies() throws {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let date = Date(timeIntervalSince1970: Double(Int64.random(in: -6_000_000_000...7_000_000_000, using: &random)))
            let text = date.formatted(.iso8601)
            #expect(UTCTimestamp.parse(text) == date, "\(text)")
        }
        for text in ["2024-02-29T23:59:59Z", "2000-02-29T00:00:00Z", "1970-01-01T00:00:00Z", "2026-12-31T12:00:00Z"] {
            #expect(UTCTimestamp.parse(text) == (try Date.ISO8601FormatStyle().parse(text)), "\(text)")
        }
    }

    @Test func readsFractionalSeconds() throws {
        for text in ["2025-12-01T09:30:00.250Z", "2025-12-01T09:30:00.5Z", "2025-12-01T09:30:00.123456Z"] {
            let expected = try Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text)
            let read = try #require(UTCTimestamp.parse(text))
            #expect(abs(read.timeIntervalSince(expected)) < 0.001, "\(text)")
        }
    }

    @Test func leavesOtherFormsToFoundation() {
        for text in ["2026-03-25", "2026-03-25T10:00:00+05:30", "2026-02-30T10:00:00Z", "2026-13-01T10:00:00Z", "2026-03-25T10:00:00.Z",
                     "2026-03-25 10:00:00Z", "2026-03-25T24:00:00Z", "not a date at all!!!"] {
            #expect(UTCTimestamp.parse(text) == nil, "\(text)")
        }
        #expect(LenientNumber.date("2026-03-25T10:00:00+05:30") == Date(timeIntervalSince1970: 1_774_413_000))
        #expect(LenientNumber.date("2026-03-25") != nil, "a day alone, as Plivo's added_on")
    }
}
