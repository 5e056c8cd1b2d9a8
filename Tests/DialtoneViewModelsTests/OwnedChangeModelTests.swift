import DialtoneCore
import Foundation
import Testing
@testable import DialtoneViewModels

/// Several owned numbers released on one confirmation: one dialog asking the count, then one
/// journalled release per number, one after another, stopping at the first unclear answer.
@MainActor
struct OwnedChangeModelTests {
    let harness = PurchaseHarness()
    let numbers = [
        OwnedNumber(provider: .vobiz, e164: "+919800000001", country: "IN", monthlyFee: Money(4_500, "INR")),
        OwnedNumber(provider: .vobiz, e164: "+919800000002", country: "IN", monthlyFee: Money(Decimal(string: "14.00")!, "USD")),
        OwnedNumber(provider: .vobiz, e164: "+919800000003", country: "IN", monthlyFee: nil),
    ]

    private func provider() -> FakeProvider {
        let provider = FakeProvider(kind: .vobiz, features: .cooldownRelease)
        provider.update { $0.owned = numbers }
        return provider
    }

    private func model() -> OwnedChangeModel { OwnedChangeModel(journal: harness.journal, clock: harness.clock.clock) }

    private func begin(_ model: OwnedChangeModel, _ provider: FakeProvider) {
        let session = harness.session(provider)
        model.begin(.release, for: numbers.map { (OwnedRow(number: $0, profile: session.name), session) }) { _ in "nowhere" }
    }

    /// Past the arming delay, types `count`, focuses Release and presses it.
    private func confirm(_ model: OwnedChangeModel, count: String = "3") async {
        harness.clock.advance(by: PurchaseModel.defaultArmingDelay)
        await model.settleArming()
        count.forEach { model.press(.digit($0)) }
        model.press(.toggleFocus)
        model.activate()
        await model.settle()
    }

    private func releases(_ provider: FakeProvider) -> [String] { provider.state.withLock { $0.releases } }

    @Test func oneNumberAsksItsLastFourDigitsNotTheCount() {
        let change = model()
        let session = harness.session(provider())
        let target = RouteTarget(route: NumberRoute(kind: .trunk, id: "trunk-1"), name: "Mumbai PBX")
        change.begin(.assign(target), for: [(OwnedRow(number: numbers[0], profile: session.name), session)]) { _ in "nowhere" }
        #expect(change.state.gate.asks == "0001", "as the single release dialog asks")
        "1".forEach { change.press(.digit($0)) }
        #expect(!change.state.gate.isArmed && change.state.gate.field == "1___")
    }

    @Test func oneConfirmationListsWhatStopsOpensOnCancelAndAsksTheCount() {
        let change = model()
        begin(change, provider())
        #expect(change.state.question == "Release these 3 numbers?")
        #expect(change.state.gate.focus == .cancel && change.state.gate.asks == "3")
        #expect(change.confirmationsShown == 1)
        let values = Dictionary(change.state.lines.map { ($0.label, $0.value) }) { first, _ in first }
        #expect(values["Monthly fees"] == "INR 4,500.00 + USD 14.00 + 1 unknown stop", "per currency, never summed across; unknown counted")
        #expect(values["Release fee"] == "none stated in advance; any Vobiz reports is shown after")
        #expect(values["Cooldown"]?.contains("24 h pending release") == true)
        #expect(values["Stops"] == "calls and messages to these numbers")
        change.activate()
        #expect(change.state.phase == .idle, "Enter on Cancel closes")
    }

    @Test func releaseNeedsTheDelayAndTheCountThenSendsOneJournalledDeleteEach() async throws {
        let provider = provider()
        let change = model()
        begin(change, provider)
        "3".forEach { change.press(.digit($0)) }
        change.press(.toggleFocus)
        change.activate()
        #expect(releases(provider).isEmpty, "not before the arming delay")
        change.dismiss()
        begin(change, provider)
        await confirm(change, count: "2")
        #expect(change.state.phase == .confirming && releases(provider).isEmpty, "the wrong count never arms")
        change.dismiss()
        begin(change, provider)
        #expect(change.confirmationsShown == 3, "every dialog counts, so type-ahead is dropped")
        await confirm(change)
        #expect(releases(provider) == numbers.map(\.e164), "one after another, in order")
        #expect(change.state.phase == .finished && change.state.succeededCount == 3)
        let lines = try harness.journal.read().entries
        #expect(lines.map(\.state) == [.intent, .done, .intent, .done, .intent, .done])
        #expect(lines.allSatisfy { $0.kind == .release })
    }

    @Test func theFirstUnknownOutcomeStopsTheRestWhichAreNotSent() async throws {
        let provider = provider()
        provider.update {
            $0.releaseBehaviours[numbers[1].e164] = .commitThenFail(DialtoneError(.timeout, provider: .vobiz))
            $0.ownedIncomplete = "stopped after 5000 pages"
        }
        let change = model()
        begin(change, provider)
        await confirm(change)
        #expect(releases(provider) == [numbers[0].e164, numbers[1].e164], "the third is never sent")
        #expect(change.state.items[0].outcome?.succeeded == true)
        guard case .release(.unknown) = change.state.items[1].outcome else { Issue.record("expected unknown"); return }
        #expect(change.state.items[2].outcome == nil)
        #expect(change.state.stopReason == "stopped: a request got no clear answer; the rest were not sent")
        #expect(try harness.journal.read().unresolvedIntents.count == 1)
    }

    @Test func aRefusalIsReportedAndTheNextNumberGoesOn() async {
        let provider = provider()
        provider.update { $0.releaseBehaviours[numbers[0].e164] = .refuse(DialtoneError(.forbidden, provider: .vobiz, httpStatus: 403)) }
        let change = model()
        begin(change, provider)
        await confirm(change)
        #expect(releases(provider) == numbers.map(\.e164))
        #expect(change.state.items.map { $0.outcome?.succeeded } == [false, true, true])
        #expect(change.state.stopReason == nil)
    }
}
