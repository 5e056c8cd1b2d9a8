@testable import DialtoneCore
import Foundation
import Testing

/// Plivo's buy answer read number by number (seed 003): each number's own `status` decides,
/// and a 206 confirms only what it says was bought.
@Suite struct PlivoBuyVerdictTests {
    private static let digits = "14155559186"

    /// The verdict for `digits` in `numbers` (JSON entries) under the answer's `status` and `message`.
    private func verdict(_ numbers: String, status: String? = "fulfilled", message: String = "created", http: Int = 201) throws -> PlivoBuyVerdict {
        let top = status.map { #","status":"\#($0)""# } ?? ""
        let json = #"{"api_id":"a","message":"\#(message)","numbers":[\#(numbers)]\#(top)}"#
        return try JSONDecoder().decode(PlivoBuyDTO.self, from: Data(json.utf8)).verdict(for: Self.digits, httpStatus: http)
    }

    private func entry(_ status: String, number: String = digits, extra: String = "") -> String {
        #"{"number":"\#(number)","status":"\#(status)"\#(extra)}"#
    }

    @Test func theNumbersOwnStatusDecides() throws {
        #expect(try verdict(entry("Success")) == .bought(.active))
        #expect(try verdict(entry("pending")) == .bought(.pending), "waiting for documents")
        #expect(try verdict(entry("pending"), status: "fulfilled") == .bought(.pending), "its own status, not the answer's")
        #expect(try verdict(entry("Success"), status: "pending") == .bought(.active))
        #expect(try verdict(#"{"number":"\#(Self.digits)"}"#, status: "pending") == .bought(.pending), "no own status: the answer's")
    }

    @Test func aNumberWhoseEntrySaysItFailedIsRefusedWithTheProvidersWords() throws {
        let refused = try verdict(entry("Failed", extra: #","error":"number not available in this region""#), status: "failed")
        #expect(refused == .refused(status: #""Failed""#, words: "number not available in this region"))
        let otherSucceeded = try verdict(entry("Success", number: "14155550000") + "," + entry("failed"))
        #expect(otherSucceeded == .refused(status: #""failed""#, words: nil), "another number's success is not this one's")
        let whole = try verdict(entry("Failed"), status: "failed", message: "not created", http: 200)
        #expect(whole == .refused(status: #""Failed""#, words: "not created"), "the answer's words when the number has none")
    }

    @Test func aNumberTheAnswerDoesNotSettleIsUnconfirmed() throws {
        for (numbers, status) in [(entry("Success", number: "14155550000"), "fulfilled"), ("", "fulfilled"),
                                  (entry("processing"), "fulfilled"), (#"{"number":"\#(Self.digits)"}"#, nil)] as [(String, String?)] {
            guard case .unconfirmed = try verdict(numbers, status: status) else {
                Issue.record("\(numbers) \(status ?? "-"): expected an unknown outcome")
                continue
            }
        }
    }

    @Test func a206ConfirmsOnlyWhatItSaysWasBought() throws {
        #expect(try verdict(entry("Success"), status: "partial", http: 206) == .bought(.active))
        #expect(try verdict(entry("pending"), status: "partial", http: 206) == .bought(.pending))
        for numbers in ["", entry("Failed"), entry("Success", number: "14155550000"), entry("in progress")] {
            guard case .unconfirmed(let why) = try verdict(numbers, status: "partial", http: 206) else {
                Issue.record("206 with [\(numbers)]: expected an unknown outcome")
                continue
            }
            #expect(!why.isEmpty)
        }
    }
}
