import DialtoneCore
import Foundation
import Testing
@testable import DialtoneViewModels

/// The confirmation dialog: what arms Buy, what the quote says, and what happens when the
/// listing changed between the quote and the purchase.
@MainActor
struct PurchaseModelTests {
    let harness = PurchaseHarness()

    @Test func theDialogOpensOnCancelAndEnterThereSendsNothing() async throws {
        let provider = harness.stocked()
        let purchase = harness.model()
        purchase.begin(pricedNumber(), listedAt: TestClock.origin, session: harness.session(provider))
        #expect(purchase.state.phase == .confirming)
        #expect(purchase.state.gate.focus == .cancel)
        await harness.waitOutArming(purchase)
        purchase.activate()
        await purchase.settle()
        #expect(purchase.state.phase == .idle)
        #expect(provider.purchases.isEmpty)
        #expect(try harness.states().isEmpty)
    }

    @Test func quoteStatesChargesBalanceAndBilledAccount() async {
        let provider = FakeProvider(accountID: "MA_MAINACCOUNT99")
        provider.update { $0.balance = Money(10, "USD") }
        let purchase = harness.model()
        var number = pricedNumber()
        number.requirements = Requirements(restriction: "city-address", minimumCommitmentMonths: 3)
        harness.clock.advance(by: .seconds(180))
        purchase.begin(number, listedAt: TestClock.origin, session: harness.session(provider))
        await purchase.settle()
        let quote = try! #require(purchase.state.quote)
        #expect(quote.chargedNow == Money(Decimal(string: "1.80")!, "USD"))
        #expect(quote.recurringMonthly == Money(Decimal(string: "0.80")!, "USD"))
        #expect(quote.commitmentTotal == Money(Decimal(string: "3.40")!, "USD"))
        #expect(quote.balanceAfter == Money(Decimal(string: "8.20")!, "USD"))
        #expect(quote.billedTo == nil, "the profile's own account pays")
        let text = quote.lines.map { "\($0.label): \($0.value)" }
        #expect(text.contains("Charged now: USD 1.80"))
        #expect(text.contains("Balance now: USD 10.00"))
        #expect(text.contains("Listed: 3 min ago"))
        #expect(text.contains("Requires: city address"))
    }

    @Test func aSubAccountQuoteNamesTheParentAsPayerAndNeverShowsItsOwnBalanceAsDebited() async {
        let provider = FakeProvider(accountID: "SA_SUBACCOUNT99")
        provider.update { $0.balance = Money(10, "USD") }
        let purchase = harness.model()
        purchase.begin(pricedNumber(), listedAt: TestClock.origin, session: harness.session(provider))
        await purchase.settle()
        let quote = try! #require(purchase.state.quote)
        #expect(quote.billedTo?.hasPrefix("parent main account of SA_S") == true)
        #expect(quote.balanceBefore == nil && quote.balanceAfter == nil && quote.billedBalanceHidden)
        let text = quote.lines.map { "\($0.label): \($0.value)" }
        #expect(text.contains("Balance: the parent's balance is not visible to a sub-account"))
        #expect(!text.contains { $0.contains("USD 10.00") }, "the sub-account's own balance is not the one debited")
    }

    @Test func buyIsNotArmedUntilTheDialogHasBeenUpForTheArmingDelay() async throws {
        let provider = harness.stocked()
        let purchase = harness.model()
        purchase.begin(pricedNumber(), listedAt: nil, session: harness.session(provider))
        purchase.toggleFocus()
        #expect(purchase.state.gate.armingTenths == 7)
        purchase.activate()
        #expect(purchase.state.phase == .confirming, "Enter at once does nothing")
        harness.clock.advance(by: .milliseconds(600))
        await waitUntil { purchase.state.gate.armingTenths == 1 }
        purchase.activate()
        #expect(purchase.state.phase == .confirming, "still nothing at 0.6 s")
        #expect(!purchase.state.isBuyArmed)
        harness.clock.advance(by: .milliseconds(100))
        await purchase.settleArming()
        #expect(purchase.state.isBuyArmed)
        purchase.activate()
        await purchase.settle()
        #expect(provider.purchases == ["+14155551234"])
    }

    @Test func aFocusedArmedBuyRechecksThenSendsOnePostAndJournalsIntentThenDone() async throws {
        let provider = harness.stocked()
        let purchase = harness.model()
        purchase.begin(pricedNumber(), listedAt: nil, session: harness.session(provider))
        await harness.waitOutArming(purchase)
        purchase.toggleFocus()
        let searchesBefore = provider.searches.count
        purchase.activate()
        #expect(purchase.state.phase == .checking)
        #expect(try harness.states().isEmpty, "nothing is journalled before the listing is re-read")
        await purchase.settle()
        #expect(provider.searches.count == searchesBefore + 1, "one request re-reads the listing")
        #expect(provider.purchases == ["+14155551234"])
        #expect(purchase.state.phase == .finished(.bought(
            PurchaseReceipt(provider: .plivo, e164: "+14155551234", status: .active, message: "Number purchased successfully"),
            reconciled: false)))
        let lines = try harness.journal.read().entries
        #expect(lines.map(\.state) == [.intent, .done])
        #expect(lines.last?.asQuoted == true, "the provider reported no amounts")
        #expect(lines.first?.accountID == provider.accountID && lines.first?.endpoint == provider.endpoint)
        #expect(try harness.journal.read().unresolvedIntents.isEmpty)
    }

    @Test func repeatedConfirmKeysSendOnePost() async {
        let provider = harness.stocked()
        let purchase = harness.model()
        let profile = harness.session(provider)
        purchase.begin(pricedNumber(), listedAt: nil, session: profile)
        await harness.waitOutArming(purchase)
        purchase.toggleFocus()
        for _ in 0..<20 {
            purchase.activate()
            purchase.begin(pricedNumber(), listedAt: nil, session: profile)
        }
        await purchase.settle()
        #expect(provider.purchases.count == 1)
    }

    @Test func aboveTheThresholdBuyNeedsTheLastFourDigits() async {
        let number = pricedNumber(setup: "20")
        let provider = harness.stocked(number)
        let purchase = harness.model()
        purchase.begin(number, listedAt: nil, session: harness.session(provider, confirmAbove: 5))
        await harness.waitOutArming(purchase)
        #expect(purchase.state.requiredDigits == "1234")
        purchase.toggleFocus()
        purchase.activate()
        #expect(purchase.state.phase == .confirming)
        for digit in "1235" { purchase.typeDigit(digit) }
        #expect(!purchase.state.isBuyArmed)
        purchase.deleteDigit()
        purchase.typeDigit("4")
        #expect(purchase.state.isBuyArmed)
        purchase.activate()
        await purchase.settle()
        #expect(provider.purchases.count == 1)
    }

    @Test func thresholdRule() {
        #expect(!PurchaseModel.requiresTypedDigits(1000, above: nil))
        #expect(PurchaseModel.requiresTypedDigits(0, above: 0))
        #expect(!PurchaseModel.requiresTypedDigits(5, above: 5))
        #expect(PurchaseModel.requiresTypedDigits(Decimal(string: "5.01")!, above: 5))
        #expect(PurchaseModel.requiresTypedDigits(nil, above: nil), "an unknown charge always asks")
    }

    @Test func anUnknownFeeIsShownAsUnknownAndAlwaysNeedsTheDigits() async throws {
        var number = pricedNumber()
        number.setupFee = nil
        let provider = harness.stocked(number)
        let purchase = harness.model()
        purchase.begin(number, listedAt: nil, session: harness.session(provider, confirmAbove: nil))
        let quote = try #require(purchase.state.quote)
        #expect(quote.chargedNow == nil)
        let text = quote.lines.map { "\($0.label): \($0.value)" }
        #expect(text.contains("Setup fee: unknown"))
        #expect(text.contains("Charged now: unknown"))
        #expect(!text.contains { $0.contains("0.00") })
        #expect(purchase.state.requiredDigits == "1234", "no threshold, but the charge is unknown")
        await harness.waitOutArming(purchase)
        purchase.toggleFocus()
        purchase.activate()
        #expect(purchase.state.phase == .confirming)
        "1234".forEach(purchase.typeDigit)
        purchase.activate()
        await purchase.settle()
        #expect(provider.purchases.count == 1)
        let intent = try #require(try harness.journal.read().entries.first)
        #expect(intent.setup == nil && intent.monthly == Decimal(string: "0.80"))
        #expect(!(try String(contentsOfFile: harness.journal.path, encoding: .utf8)).contains(#""setup""#))
    }

    @Test func aPriceChangeBetweenQuoteAndPurchaseAsksAgainAndSendsNothing() async throws {
        let provider = harness.stocked()
        let purchase = harness.model()
        purchase.begin(pricedNumber(), listedAt: nil, session: harness.session(provider))
        await harness.waitOutArming(purchase)
        provider.update { $0.inventory = [pricedNumber(setup: "25.00")] }
        purchase.toggleFocus()
        purchase.activate()
        await purchase.settle()
        #expect(purchase.state.phase == .confirming)
        #expect(purchase.state.quote?.chargedNow == Money(Decimal(string: "25.80")!, "USD"))
        #expect(purchase.state.notice?.contains("price changed") == true)
        #expect(purchase.state.gate.focus == .cancel, "a fresh confirmation starts on Cancel")
        #expect(purchase.state.gate.armingTenths > 0, "and waits out the arming delay again")
        #expect(provider.purchases.isEmpty)
        #expect(try harness.states().isEmpty)

        await harness.waitOutArming(purchase)
        purchase.toggleFocus()
        purchase.activate()
        await purchase.settle()
        #expect(provider.purchases.count == 1)
        #expect(try harness.journal.read().entries.first?.setup == Decimal(string: "25.00"))
    }

    @Test func aNumberSoldMeanwhileIsNotSent() async throws {
        let provider = harness.stocked()
        let purchase = harness.model()
        purchase.begin(pricedNumber(), listedAt: nil, session: harness.session(provider))
        await harness.waitOutArming(purchase)
        provider.update { $0.inventory = [] }
        purchase.toggleFocus()
        purchase.activate()
        await purchase.settle()
        guard case .finished(.failed(let error)) = purchase.state.phase else {
            Issue.record("expected a refusal, got \(purchase.state.phase)")
            return
        }
        #expect(error.kind == .notFound)
        #expect(error.description.contains("nothing was sent"))
        #expect(provider.purchases.isEmpty)
        #expect(try harness.states().isEmpty)
    }
}
