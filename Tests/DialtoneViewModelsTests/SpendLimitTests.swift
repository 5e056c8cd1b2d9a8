import DialtoneCore
import Foundation
import Testing
@testable import DialtoneViewModels

/// Spend limits: the dialog's figures, and purchases refused before anything is sent.
@MainActor
struct SpendLimitTests {
    let harness = PurchaseHarness()

    private func session(_ provider: FakeProvider, daily: String? = nil, monthly: String? = nil) -> ProfileSession {
        ProfileSession(
            name: "work", provider: provider,
            spendLimits: SpendLimits(daily: daily.flatMap(SpendLimits.amount), monthly: monthly.flatMap(SpendLimits.amount)))
    }

    /// An earlier purchase by the same account, journalled at `time` and ending in `states`.
    private func journalled(
        _ provider: FakeProvider, setup: String, monthly: String = "0.00", at time: Date = TestClock.origin,
        then states: [JournalEntry.State] = [.done]
    ) throws {
        let intent = JournalEntry(
            intentToBuy: pricedNumber("+14155550000", setup: setup, monthly: monthly), profile: "work",
            accountID: provider.accountID, endpoint: provider.endpoint, time: time)
        try harness.journal.append(intent)
        for state in states { try harness.journal.append(intent.followed(by: state, at: time)) }
    }

    @Test func theDialogShowsWhatWasSpentTodayAndThisMonthOfEachLimit() throws {
        let provider = harness.stocked()
        try journalled(provider, setup: "3.00")
        let purchase = harness.model()
        purchase.begin(pricedNumber(), listedAt: nil, session: session(provider, daily: "USD 10", monthly: "USD 100"))
        let lines = purchase.state.quote?.lines ?? []
        #expect(lines.contains(QuoteLine(label: "Spent today", value: "USD 3.00 of USD 10.00", emphasis: .plain)))
        #expect(lines.contains(QuoteLine(label: "Month so far", value: "USD 3.00 of USD 100.00", emphasis: .plain)))
        #expect(purchase.state.quote?.limitRefusal == nil)
    }

    @Test func aPurchaseThatWouldPassTheDailyLimitSendsNothingAndSaysByHowMuch() async throws {
        let provider = harness.stocked()
        try journalled(provider, setup: "8.00")
        let purchase = harness.model()
        await harness.buy(with: purchase, session: session(provider, daily: "USD 9.00"))
        #expect(purchase.state.quote?.limitRefusal?.contains("would pass the daily limit by USD 0.80") == true)
        #expect(purchase.state.quote?.limitRefusal?.contains("spent today USD 8.00 of USD 9.00") == true)
        #expect(purchase.state.phase == .confirming, "Buy never arms")
        #expect(!purchase.state.isBuyArmed)
        #expect(provider.purchases.isEmpty)
        #expect(provider.searches.isEmpty, "not even the listing is read again")
        #expect(try harness.states() == [.intent, .done])
    }

    @Test func aPurchaseWhoseOutcomeIsUnknownCountsAsSpentAndARefusedOneDoesNot() throws {
        let provider = harness.stocked()
        try journalled(provider, setup: "4.00", then: [.unknown])
        try journalled(provider, setup: "50.00", then: [.failed])
        try journalled(provider, setup: "60.00", then: [.unknown, .reconciledNotBought])
        try journalled(provider, setup: "2.00", then: [])
        let purchase = harness.model()
        purchase.begin(pricedNumber(), listedAt: nil, session: session(provider, daily: "USD 10"))
        #expect(purchase.state.quote?.spend.first?.spent == Money(6, "USD"))
    }

    @Test func theMonthCountsEarlierDaysButTheDayDoesNot() throws {
        let provider = harness.stocked()
        try journalled(provider, setup: "5.00", at: TestClock.origin.addingTimeInterval(-3 * 86_400))
        try journalled(provider, setup: "70.00", at: TestClock.origin.addingTimeInterval(-40 * 86_400))
        let purchase = harness.model()
        purchase.begin(pricedNumber(), listedAt: nil, session: session(provider, daily: "USD 1.80", monthly: "USD 6.00"))
        #expect(purchase.state.quote?.spend.map(\.spent) == [Money(0, "USD"), Money(5, "USD")])
        #expect(purchase.state.quote?.limitRefusal?.contains("would pass the monthly limit by USD 0.80") == true)
    }

    @Test func anotherAccountsPurchasesAndOtherCurrenciesDoNotCount() throws {
        let provider = harness.stocked()
        let other = FakeProvider(accountID: "MA_SOMEONEELSE01")
        try journalled(other, setup: "9.00")
        let purchase = harness.model()
        purchase.begin(pricedNumber(), listedAt: nil, session: session(provider, daily: "USD 2.00", monthly: "EUR 0.50"))
        #expect(purchase.state.quote?.spend.map(\.spent) == [Money(0, "USD")], "the EUR limit does not apply to a USD charge")
        #expect(purchase.state.quote?.limitRefusal == nil)
    }

    @Test func anUnknownChargeIsRefusedWhileALimitInItsCurrencyApplies() throws {
        var number = pricedNumber()
        number.setupFee = nil
        let purchase = harness.model()
        purchase.begin(number, listedAt: nil, session: session(harness.stocked(number), daily: "USD 100"))
        #expect(purchase.state.quote?.limitRefusal?.contains("the charge is unknown") == true)
        purchase.begin(number, listedAt: nil, session: session(harness.stocked(number), daily: "INR 100"))
        #expect(purchase.state.quote?.limitRefusal == nil, "an INR limit cannot judge a USD charge")
    }

    @Test func aPurchaseJournalledElsewhereAfterTheQuoteIsCaughtUnderTheLockAndNothingIsSent() async throws {
        let provider = harness.stocked()
        let purchase = harness.model()
        let limited = session(provider, daily: "USD 3.00")
        purchase.begin(pricedNumber(), listedAt: nil, session: limited)
        #expect(purchase.state.quote?.limitRefusal == nil)
        await harness.waitOutArming(purchase)
        // Another terminal buys in the meantime.
        try journalled(provider, setup: "2.00", then: [])
        purchase.toggleFocus()
        purchase.activate()
        await purchase.settle()
        guard case .finished(.failed(let error)) = purchase.state.phase else {
            Issue.record("expected a refusal, got \(purchase.state.phase)")
            return
        }
        #expect(error.kind == .spendLimit)
        #expect(error.description.contains("would pass the daily limit by USD 0.80"))
        #expect(provider.purchases.isEmpty)
        #expect(try harness.journal.read().entries.count == 1, "no intent was written")
    }
}
