import Foundation
import Synchronization
import Testing
@testable import DialtoneCore

/// Issue 23, finding 11: a listing is complete only when the total the provider reports held
/// from the first page to the last, every entry decoded and no number came twice.
@Suite struct SteadyListTests {
    private let pager = ListPager(pageSize: 2, maxPages: 10, maxInFlight: 2)

    @Test func finding11_aTotalThatMovesBetweenPagesLeavesTheListIncomplete() async throws {
        let calls = Mutex(0)
        let (items, incomplete, _) = try await pager.read(fetch: { index, _ in
            calls.withLock { $0 += 1 }
            // Page 1 says 4 entries; by page 2 one was added, pushing an entry out of reach.
            return ListPager.Page(items: ["+1\(index)0", "+1\(index)1"], total: index == 0 ? 4 : 5)
        }, onPage: { _, _ in })
        #expect(items.count >= 4)
        #expect(incomplete?.contains("the list changed while it was read (4 entries, then 5)") == true, "\(incomplete ?? "complete")")
    }

    @Test func aSteadyTotalIsComplete() async throws {
        let (items, incomplete, _) = try await pager.read(fetch: { index, _ in
            ListPager.Page(items: ["+1\(index)0", "+1\(index)1"], total: 4)
        }, onPage: { _, _ in })
        #expect(items.count == 4 && incomplete == nil)
    }

    @Test func finding11_anOwnedListIsProofOfAbsenceOnlyWholeAndUnrepeated() {
        let one = OwnedNumber(provider: .vobiz, e164: "+919876543210", country: "IN")
        let two = OwnedNumber(provider: .vobiz, e164: "+919876543211", country: "IN")
        #expect(OwnedList(numbers: [one, two]).whyNotProofOfAbsence == nil)
        #expect(OwnedList(numbers: [one, two, one]).whyNotProofOfAbsence?.contains("named 1 number twice") == true)
        #expect(OwnedList(numbers: [one], skippedEntries: 1).whyNotProofOfAbsence?.contains("1 owned-list entry could not be read") == true)
        #expect(OwnedList(numbers: [one], incompleteReason: "stopped after 2 pages").whyNotProofOfAbsence?.contains("read only in part") == true)
    }
}
