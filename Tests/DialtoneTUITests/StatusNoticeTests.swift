import DialtoneViewModels
import Testing

@testable import DialtoneTUI

/// A passing notice in the status bar reads whole, at 80 columns too.
@MainActor
@Suite struct StatusNoticeTests {
    static let notice = "TERM=xterm-kitty unknown: using xterm-256color"

    private func statusRow(_ snapshot: AppSnapshot, size: Size, notice: String?) -> String {
        let canvas = GridCanvas(size: size, styles: .unstyled)
        AppRenderer.render(snapshot, frame: FrameState(notice: notice, now: Fixtures.now), on: canvas)
        return canvas.text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().last { $0.contains("·") }.map(String.init) ?? ""
    }

    @Test func noticeTakesThePagingRoomAt80Columns() async {
        let snapshot = await Fixtures.loadedModel().snapshot
        let row = statusRow(snapshot, size: Size(rows: 24, columns: 80), notice: Self.notice)
        #expect(row.contains(Self.notice), "\(row)")
        #expect(!row.contains("sort "), "filters give way while the notice shows")
    }

    @Test func noticeAndPagingShareAWideBar() async {
        let snapshot = await Fixtures.loadedModel().snapshot
        let row = statusRow(snapshot, size: Size(rows: 40, columns: 120), notice: Self.notice)
        #expect(row.contains(Self.notice) && row.contains("page 1/"), "\(row)")
        #expect(statusRow(snapshot, size: Size(rows: 40, columns: 120), notice: nil).contains("sort "))
    }
}
