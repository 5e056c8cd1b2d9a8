import DialtoneCore
import DialtoneViewModels
import Foundation
import Testing

@testable import DialtoneTUI

/// The owned screen while a long list loads and when one was read only in part: the status bar
/// and the body both say so.
@MainActor
struct OwnedProgressScreenTests {
    private func ownedSnapshot() async -> AppSnapshot {
        let model = await Fixtures.loadedModel()
        await Fixtures.send([.showScreen(.owned)], to: model)
        return model.snapshot
    }

    @Test func loadingShowsPagesReadOfPagesInTheStatusBarAndUnderTheTable() async {
        var snapshot = await ownedSnapshot()
        snapshot.owned.isLoading = true
        snapshot.owned.loadProgress = ListProgress(pagesRead: 3, pagesTotal: 1_000)
        let lines = Fixtures.render(snapshot, size: Size(rows: 40, columns: 120)).text.split(separator: "\n")
        #expect(lines.contains { $0.contains("Monthly total") && $0.contains("loading 3/1000 pages") }, "under the table")
        #expect(lines.contains { !$0.contains("Monthly total") && $0.contains("loading 3/1000 pages") }, "in the status bar")
    }

    @Test func aPartialListIsNamedInTheStatusBarAndBesideTheTotals() async {
        var snapshot = await ownedSnapshot()
        snapshot.owned.partial = [PartialListing(profile: "fleet", provider: .vobiz, reason: "page 7 could not be read")]
        let grid = Fixtures.render(snapshot, size: Size(rows: 40, columns: 120))
        let lines = grid.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let totals = "partial list: fleet — page 7 could not be read"
        #expect(lines.contains { $0.contains("Monthly total") && $0.contains(totals) }, "with its reason, beside the totals")
        #expect(lines.contains { $0.contains("SANDBOX · sort provider · fleet: Vobiz list in") && $0.contains("12 numbers (partial)") },
                "named in the status bar")
        let complete = Fixtures.render(await ownedSnapshot(), size: Size(rows: 40, columns: 120)).text
        #expect(!complete.contains("partial") && !complete.contains("incomplete"))
    }
}
