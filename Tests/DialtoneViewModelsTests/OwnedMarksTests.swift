import DialtoneCore
import Foundation
import Testing
@testable import DialtoneViewModels

/// Marks in Owned: Space one row, `*` every row shown (again: none of them), Esc none; kept by
/// number across filters and reloads, dropped when a reload no longer lists the number.
@MainActor
struct OwnedMarksTests {
    private func number(_ index: Int, status: NumberStatus = .active) -> OwnedNumber {
        OwnedNumber(provider: .plivo, e164: "+1415555000\(index)", country: "US", status: status, monthlyFee: Money(1, "USD"))
    }

    private func loaded(_ count: Int = 5) async -> (OwnedModel, FakeProvider) {
        let provider = FakeProvider()
        provider.update { $0.owned = (0..<count).map { self.number($0, status: $0 % 2 == 0 ? .active : .pending) } }
        let model = OwnedModel(sessions: [ProfileSession(name: "p", provider: provider)], clock: TestClock().clock)
        model.reload()
        await model.settle()
        return (model, provider)
    }

    private func marked(_ model: OwnedModel) -> [String] { model.state.marks.items.map(\.number.e164) }

    @Test func spaceMarksTheSelectedRowAndMovesDownAndAgainUnmarks() async {
        let (model, _) = await loaded()
        model.toggleMark()
        model.toggleMark()
        #expect(marked(model) == ["+14155550000", "+14155550001"])
        #expect(model.state.selectedIndex == 2, "Space moves down, so repeating it marks a run")
        #expect(model.state.marksLabel == "2 marked")
        model.move(by: -1)
        model.toggleMark()
        #expect(marked(model) == ["+14155550000"])
        model.clearMarks()
        #expect(model.state.marks.isEmpty && model.state.marksLabel == nil)
    }

    @Test func starMarksEveryRowTheFilterShowsAndAgainUnmarksThem() async {
        let (model, _) = await loaded()
        model.toggleMark()  // +…0000, active
        model.setStatusFilter(.pending)
        model.toggleMarkAllShown()
        #expect(Set(marked(model)) == ["+14155550000", "+14155550001", "+14155550003"])
        model.toggleMarkAllShown()
        #expect(marked(model) == ["+14155550000"], "a second * unmarks the rows shown, and only them")
        model.setStatusFilter(.all)
        model.toggleMarkAllShown()
        #expect(model.state.marks.count == 5, "some shown rows unmarked: * marks them all")
    }

    @Test func marksHoldAcrossFiltersAndSortsAndReloadsAndGoWhenTheNumberIsGone() async {
        let (model, provider) = await loaded()
        model.move(by: 1)
        model.toggleMark()  // +…0001
        model.toggleMark()  // +…0002
        model.setFilterText("0002")
        model.cycleSort()
        #expect(model.state.marks.count == 2, "filters and sorts keep the marks")
        model.setFilterText("")
        provider.update { $0.owned = $0.owned.filter { $0.e164 != "+14155550001" }.map { $0.e164 == "+14155550002" ? $0.with(status: .pendingRelease) : $0 } }
        model.reload()
        await model.settle()
        #expect(marked(model) == ["+14155550002"], "the number no longer listed is unmarked")
        #expect(model.state.marks.items.first?.number.status == .pendingRelease, "a mark holds the number as last read")
    }

    @Test func markingEveryOneOfAHundredThousandRowsKeepsLookupsCheap() async {
        let provider = FakeProvider()
        provider.update { $0.owned = (0..<100_000).map { OwnedNumber(provider: .plivo, e164: "+1415\(String(format: "%07d", $0))", country: "US") } }
        let model = OwnedModel(sessions: [ProfileSession(name: "p", provider: provider)], clock: TestClock().clock)
        model.reload()
        await model.settle()
        let start = ContinuousClock.now
        model.toggleMarkAllShown()
        #expect(model.state.marks.count == 100_000)
        #expect(model.state.rows.prefix(30).allSatisfy { model.state.marks.contains($0.key) })
        #expect(ContinuousClock.now - start < .seconds(2))
    }
}
