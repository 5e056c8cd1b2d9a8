import DialtoneCore
import Foundation
import Testing
@testable import DialtoneViewModels

/// Several numbers on one confirmation: marks, the combined quote, and one journalled purchase
/// per number sent one after another.
@MainActor
struct BatchPurchaseTests {
    let harness = PurchaseHarness()

    private func batchModel() -> BatchPurchaseModel { BatchPurchaseModel(journal: harness.journal, clock: harness.clock.clock) }

    private func numbers(_ count: Int) -> [PhoneNumber] {
        (1...count).map { pricedNumber("+1415555010\($0)", setup: "1.00", monthly: "0.80") }
    }

    /// Opens the quote, waits out the arming delay, types the count and presses Buy.
    private func confirm(_ batch: BatchPurchaseModel, _ numbers: [PhoneNumber], session: ProfileSession) async {
        batch.begin(numbers.map { ($0, session) })
        harness.clock.advance(by: PurchaseModel.defaultArmingDelay)
        await batch.settleArming()
        for digit in String(numbers.count) { batch.typeDigit(digit) }
        batch.toggleFocus()
        batch.activate()
    }

    @Test func marksSurvivePagingAndFiltering() async {
        let provider = FakeProvider(inventory: sampleNumbers(30))
        let inventory = InventoryModel(provider: provider, pageSize: 10, clock: harness.clock.clock)
        inventory.start()
        await inventory.settle()
        inventory.toggleMark()  // +14155550000, and the selection moves down
        inventory.toggleMark()  // +14155550001
        inventory.pageDown()
        await inventory.settle()
        inventory.toggleMark()  // +14155550012: paging keeps the row position
        inventory.setSearch("5550001")
        inventory.flushSearch()
        await inventory.settle()
        #expect(inventory.state.rows.map(\.e164).contains("+14155550001"))
        inventory.toggleMark()  // the first row of the filtered list: +14155550001 again, unmarked
        inventory.setSearch("")
        inventory.flushSearch()
        await inventory.settle()
        #expect(inventory.state.marks.numbers.map(\.e164) == ["+14155550000", "+14155550012"])
        #expect(inventory.state.marks.label == "2 marked · USD 4.60 now")
        inventory.removeSold("+14155550000")
        #expect(inventory.state.marks.numbers.map(\.e164) == ["+14155550012"])
        inventory.setProvider(provider)
        #expect(inventory.state.marks.isEmpty, "another profile's numbers are not marked")
    }

    @Test func theCombinedQuoteTotalsEachCurrencyApartAndCountsUnknownFees() async {
        let provider = FakeProvider(accountID: "MA_MAINACCOUNT99")
        provider.update { $0.balance = Money(10, "USD") }
        var rupees = pricedNumber("+919876543210")
        rupees.setupFee = Money(500, "INR")
        rupees.monthlyFee = Money(Decimal(string: "250.50")!, "INR")
        rupees.currency = "INR"
        var unstated = pricedNumber("+14155550199")
        unstated.setupFee = nil
        let session = harness.session(provider)
        let batch = batchModel()
        batch.begin([(pricedNumber("+14155550101"), session), (pricedNumber("+14155550102", setup: "2.00"), session), (rupees, session), (unstated, session)])
        await batch.settle()
        let quote = try! #require(batch.state.quote)
        #expect(quote.chargedNow.totals == [Money(Decimal(string: "750.50")!, "INR"), Money(Decimal(string: "4.60")!, "USD")])
        #expect(quote.chargedNow.unknownCount == 1)
        #expect(quote.monthly.totals == [Money(Decimal(string: "250.50")!, "INR"), Money(Decimal(string: "2.40")!, "USD")])
        #expect(quote.lines.contains(QuoteLine(label: "Charged now", value: "INR 750.50 + USD 4.60 + 1 unknown", emphasis: .warning)))
        let usd = quote.balances.first { $0.before.currency == "USD" }
        #expect(usd?.before == Money(10, "USD"))
        #expect(usd?.after == nil, "a charge in USD is unknown, so the balance after is too")
        #expect(batch.state.requiredDigits == "4")
    }

    @Test func buyArmsOnlyAfterTheDelayWithTheCountTyped() async throws {
        let provider = harness.stocked(numbers(3)[0], numbers(3)[1], numbers(3)[2])
        let batch = batchModel()
        batch.begin(numbers(3).map { ($0, harness.session(provider)) })
        batch.toggleFocus()
        batch.typeDigit("3")
        batch.activate()
        #expect(batch.state.phase == .confirming, "keys typed ahead of the arming delay do nothing")
        harness.clock.advance(by: PurchaseModel.defaultArmingDelay)
        await batch.settleArming()
        batch.deleteDigit()
        batch.typeDigit("4")
        batch.activate()
        #expect(batch.state.phase == .confirming, "the wrong count does not arm Buy")
        batch.deleteDigit()
        batch.typeDigit("3")
        #expect(batch.state.isBuyArmed)
        batch.activate()
        await batch.settle()
        #expect(provider.purchases == numbers(3).map(\.e164))
        #expect(batch.state.phase == .finished && batch.state.boughtCount == 3)
        #expect(try harness.states() == [.intent, .done, .intent, .done, .intent, .done], "one journalled purchase each, in turn")
    }

    @Test func aRefusalPausesTheRestUntilTheUserGoesOn() async throws {
        let provider = harness.stocked(numbers(3)[0], numbers(3)[1], numbers(3)[2])
        let batch = batchModel()
        var outcomes = 0
        batch.onOutcome = { _ in
            outcomes += 1
            // The second number is refused; the third would be bought.
            provider.update { $0.purchaseBehaviour = outcomes == 1 ? .refuse(DialtoneError(.validation, provider: .plivo, httpStatus: 400)) : .succeed }
        }
        await confirm(batch, numbers(3), session: harness.session(provider))
        await batch.settle()
        #expect(batch.state.phase == .paused(1))
        #expect(provider.purchases.count == 2, "the third waits")
        #expect(batch.state.gate.focus == .cancel, "the pause opens on Stop")
        batch.toggleFocus()
        batch.activate()
        #expect(batch.state.phase == .paused(1), "Go on arms after the delay, like Buy")
        harness.clock.advance(by: PurchaseModel.defaultArmingDelay)
        await batch.settleArming()
        batch.activate()
        await batch.settle()
        #expect(batch.state.phase == .finished)
        #expect(batch.state.items.map { $0.outcome?.isBought } == [true, false, true])
        #expect(try harness.states() == [.intent, .done, .intent, .failed, .intent, .done])
    }

    @Test func stoppingAfterARefusalSendsNothingMore() async {
        let provider = harness.stocked(numbers(3)[0], numbers(3)[1], numbers(3)[2])
        provider.update { $0.purchaseBehaviour = .refuse(DialtoneError(.insufficientBalance, provider: .plivo)) }
        let batch = batchModel()
        await confirm(batch, numbers(3), session: harness.session(provider))
        await batch.settle()
        #expect(batch.state.phase == .paused(0))
        batch.activate()  // Stop is focused
        #expect(batch.state.phase == .finished)
        #expect(batch.state.stopReason == "stopped after a refusal; the rest were not sent")
        #expect(provider.purchases.count == 1)
        #expect(batch.state.items.map { $0.outcome == nil } == [false, true, true])
    }

    @Test func anUnknownOutcomeMidBatchIsReconciledAndStopsTheBatch() async throws {
        let provider = harness.stocked(numbers(3)[0], numbers(3)[1], numbers(3)[2])
        let batch = batchModel()
        batch.onOutcome = { _ in
            provider.update { $0.purchaseBehaviour = .commitThenFail(DialtoneError(.server, provider: .plivo, httpStatus: 504)) }
        }
        await confirm(batch, numbers(3), session: harness.session(provider))
        await batch.settle()
        #expect(batch.state.phase == .finished)
        #expect(provider.purchases.count == 2, "nothing is sent after an answer that left the outcome unknown")
        guard case .bought(_, reconciled: true)? = batch.state.items[1].outcome else {
            Issue.record("the second number was found in the owned list")
            return
        }
        #expect(batch.state.items[2].outcome == nil)
        #expect(batch.state.stopReason?.hasPrefix("stopped: a purchase got no clear answer") == true)
        #expect(try harness.states() == [.intent, .done, .intent, .unknown, .reconciledBought])
    }

    @Test func aBatchThatWouldPassASpendLimitIsRefusedBeforeAnythingIsSent() async throws {
        let provider = harness.stocked(numbers(3)[0], numbers(3)[1], numbers(3)[2])
        let session = ProfileSession(name: "work", provider: provider, spendLimits: SpendLimits(daily: Money(5, "USD")))
        let batch = batchModel()
        await confirm(batch, numbers(3), session: session)
        await batch.settle()
        let refusal = try #require(batch.state.quote?.limitRefusal)
        #expect(refusal == "work: would pass the daily limit by USD 0.40 (spent today USD 0.00 of USD 5.00; these 3 USD 5.40)")
        #expect(!batch.state.isBuyArmed)
        #expect(batch.state.phase == .confirming)
        #expect(provider.purchases.isEmpty)
        #expect(try harness.states().isEmpty)
    }
}
