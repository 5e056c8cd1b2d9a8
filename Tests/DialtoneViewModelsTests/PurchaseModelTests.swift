import DialtoneCore
import Foundation
import Testing
@testable import DialtoneViewModels

@MainActor
struct PurchaseModelTests {
    let clock = TestClock()
    let journal = temporaryJournal()

    func purchaseModel() -> PurchaseModel { PurchaseModel(journal: journal, clock: clock.clock) }

    func session(_ provider: FakeProvider, confirmAbove: Decimal? = nil) -> ProfileSession {
        ProfileSession(name: "work", provider: provider, confirmAbove: confirmAbove)
    }

    func states() throws -> [JournalEntry.State] { try journal.entries().map(\.state) }

    @Test func theDialogOpensOnCancelAndEnterThereSendsNothing() async throws {
        let provider = FakeProvider()
        let purchase = purchaseModel()
        purchase.begin(pricedNumber(), listedAt: TestClock.origin, session: session(provider))
        #expect(purchase.state.phase == .confirming)
        #expect(purchase.state.focus == .cancel)
        purchase.activate()
        await purchase.settle()
        #expect(purchase.state.phase == .idle)
        #expect(provider.purchases.isEmpty)
        #expect(try journal.entries().isEmpty)
    }

    @Test func quoteStatesChargesBalanceAndBilledAccount() async {
        let provider = FakeProvider(accountID: "SA_SUBACCOUNT99")
        provider.update { $0.balance = Money(10, "USD") }
        let purchase = purchaseModel()
        var number = pricedNumber()
        number.requirements = Requirements(restriction: "city-address", minimumCommitmentMonths: 3)
        clock.advance(by: .seconds(180))
        purchase.begin(number, listedAt: TestClock.origin, session: session(provider))
        await purchase.settle()
        let quote = try! #require(purchase.state.quote)
        #expect(quote.chargedNow == Money(Decimal(string: "1.80")!, "USD"))
        #expect(quote.recurringMonthly == Money(Decimal(string: "0.80")!, "USD"))
        #expect(quote.commitmentTotal == Money(Decimal(string: "3.40")!, "USD"))
        #expect(quote.balanceAfter == Money(Decimal(string: "8.20")!, "USD"))
        #expect(quote.billedTo?.hasPrefix("parent main account of SA_S") == true)
        let text = quote.lines.map { "\($0.label): \($0.value)" }
        #expect(text.contains("Charged now: USD 1.80"))
        #expect(text.contains("Listed: 3 min ago"))
        #expect(text.contains("Requires: city address"))
    }

    @Test func aFocusedBuySendsOnePostAndJournalsIntentThenDone() async throws {
        let provider = FakeProvider()
        let purchase = purchaseModel()
        purchase.begin(pricedNumber(), listedAt: nil, session: session(provider))
        purchase.toggleFocus()
        purchase.activate()
        #expect(purchase.state.phase == .sending)
        #expect(try states() == [.intent])
        await purchase.settle()
        #expect(provider.purchases == ["+14155551234"])
        #expect(purchase.state.phase == .finished(.bought(
            PurchaseReceipt(provider: .plivo, e164: "+14155551234", status: .active, message: "Number purchased successfully"),
            reconciled: false)))
        #expect(try states() == [.intent, .done])
        #expect(try journal.unresolvedIntents().isEmpty)
    }

    @Test func repeatedConfirmKeysSendOnePost() async {
        let provider = FakeProvider()
        let purchase = purchaseModel()
        let profile = session(provider)
        purchase.begin(pricedNumber(), listedAt: nil, session: profile)
        purchase.toggleFocus()
        for _ in 0..<20 {
            purchase.activate()
            purchase.begin(pricedNumber(), listedAt: nil, session: profile)
        }
        await purchase.settle()
        #expect(provider.purchases.count == 1)
    }

    @Test func aboveTheThresholdBuyNeedsTheLastFourDigits() async {
        let provider = FakeProvider()
        let purchase = purchaseModel()
        purchase.begin(pricedNumber(setup: "20"), listedAt: nil, session: session(provider, confirmAbove: 5))
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
    }

    @Test func aTimeoutAfterCommitEndsBoughtAfterReconciliationWithoutASecondPost() async throws {
        let provider = FakeProvider()
        provider.update { $0.purchaseBehaviour = .commitThenTimeout }
        let purchase = purchaseModel()
        purchase.begin(pricedNumber(), listedAt: nil, session: session(provider))
        purchase.toggleFocus()
        purchase.activate()
        await purchase.settle()
        guard case .finished(.bought(let receipt, reconciled: true)) = purchase.state.phase else {
            Issue.record("expected a reconciled purchase, got \(purchase.state.phase)")
            return
        }
        #expect(receipt.e164 == "+14155551234")
        #expect(provider.purchases.count == 1)
        #expect(try states() == [.intent, .unknown, .reconciledBought])
    }

    @Test func aLostAnswerWithoutCommitEndsNotBought() async throws {
        let provider = FakeProvider()
        provider.update { $0.purchaseBehaviour = .dropWithoutCommit }
        let purchase = purchaseModel()
        purchase.begin(pricedNumber(), listedAt: nil, session: session(provider))
        purchase.toggleFocus()
        purchase.activate()
        await purchase.settle()
        #expect(purchase.state.phase == .finished(.notBought))
        #expect(try states() == [.intent, .unknown, .reconciledNotBought])
    }

    @Test func aDefiniteFailureShowsTheProvidersMessage() async throws {
        let provider = FakeProvider()
        let refusal = DialtoneError(.insufficientBalance, provider: .plivo, httpStatus: 402, providerMessage: "Insufficient credit")
        provider.update { $0.purchaseBehaviour = .refuse(refusal) }
        let purchase = purchaseModel()
        purchase.begin(pricedNumber(), listedAt: nil, session: session(provider))
        purchase.toggleFocus()
        purchase.activate()
        await purchase.settle()
        #expect(purchase.state.phase == .finished(.failed(refusal)))
        if case .finished(let outcome) = purchase.state.phase { #expect(outcome.summary.contains("Insufficient credit")) }
        let entries = try journal.entries()
        #expect(entries.map(\.state) == [.intent, .failed])
        #expect(entries.last?.message == "Insufficient credit")
    }

    @Test func anUnreadableOwnedListLeavesTheIntentForTheNextStart() async throws {
        let provider = FakeProvider()
        provider.update {
            $0.purchaseBehaviour = .commitThenTimeout
            $0.failOwned = DialtoneError(.transport, provider: .plivo)
        }
        let purchase = purchaseModel()
        let profile = session(provider)
        purchase.begin(pricedNumber(), listedAt: nil, session: profile)
        purchase.toggleFocus()
        purchase.activate()
        await purchase.settle()
        guard case .finished(.unknown) = purchase.state.phase else {
            Issue.record("expected unknown, got \(purchase.state.phase)")
            return
        }
        #expect(try journal.unresolvedIntents().count == 1)
        // Reopening the same number reconciles again instead of offering a second POST.
        purchase.dismiss()
        provider.update { $0.failOwned = nil }
        purchase.begin(pricedNumber(), listedAt: nil, session: profile)
        await purchase.settle()
        #expect(provider.purchases.count == 1)
        guard case .finished(.bought(_, reconciled: true)) = purchase.state.phase else {
            Issue.record("expected reconciled bought, got \(purchase.state.phase)")
            return
        }
        #expect(try journal.unresolvedIntents().isEmpty)
    }

    @Test func unresolvedIntentsAreReconciledOnStart() async throws {
        let provider = FakeProvider()
        provider.update { $0.owned = [OwnedNumber(provider: .plivo, e164: "+14155551234", country: "US")] }
        let bought = JournalEntry(intentToBuy: pricedNumber(), profile: "work", accountID: provider.accountID, time: TestClock.origin)
        let missing = JournalEntry(
            intentToBuy: pricedNumber("+14155559999"), profile: "work", accountID: provider.accountID, time: TestClock.origin)
        let settled = JournalEntry(
            intentToBuy: pricedNumber("+14155550000"), profile: "work", accountID: provider.accountID, time: TestClock.origin)
        for entry in [bought, missing, settled] { try journal.append(entry) }
        try journal.append(settled.followed(by: .failed, at: TestClock.origin, message: "gone"))
        let messages = await purchaseModel().reconcileJournal(sessions: [session(provider)])
        #expect(messages.count == 2)
        #expect(messages.allSatisfy { $0.level == .info })
        let lines = try journal.entries()
        #expect(lines.filter { $0.id == bought.id }.map(\.state) == [.intent, .reconciledBought])
        #expect(lines.filter { $0.id == missing.id }.map(\.state) == [.intent, .reconciledNotBought])
        #expect(try journal.unresolvedIntents().isEmpty)
        #expect(provider.purchases.isEmpty)
    }
}
