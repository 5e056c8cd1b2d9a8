import DialtoneCore
import Foundation
import Testing
@testable import DialtoneViewModels

/// A number whose purchase another run, a batch or another terminal left unknown in the journal
/// is reconciled before it is quoted again, never offered for a second purchase blind.
@MainActor
struct UnsettledIntentTests {
    let harness = PurchaseHarness()

    @Test func anUnknownPurchaseInTheJournalIsReconciledBeforeAQuote() async throws {
        let number = pricedNumber()
        let provider = harness.stocked(number)
        let session = harness.session(provider)
        let intent = JournalEntry(
            intentToBuy: number, profile: session.name, accountID: provider.accountID, endpoint: session.endpoint, time: TestClock.origin)
        try harness.journal.append(intent)
        try harness.journal.append(intent.followed(by: .unknown, at: TestClock.origin, message: "the answer was lost"))
        // The provider did sell it: it is in the owned list.
        provider.update { $0.owned = [OwnedNumber(provider: provider.kind, e164: number.e164, country: number.country)] }

        let purchase = harness.model()
        purchase.begin(number, listedAt: nil, session: session)
        #expect(purchase.state.phase != .confirming, "no quote for a number whose purchase may have gone through")
        await purchase.settle()
        guard case .finished(.bought(_, reconciled: true)) = purchase.state.phase else {
            Issue.record("expected a reconciled purchase, got \(purchase.state.phase)")
            return
        }
        #expect(provider.purchases.isEmpty, "nothing was sent again")
        #expect(try harness.states().last == .reconciledBought)
    }

    @Test func anotherAccountsUnknownPurchaseIsNotThisOnesToSettle() async throws {
        let number = pricedNumber()
        let provider = harness.stocked(number)
        let session = harness.session(provider)
        let theirs = JournalEntry(
            intentToBuy: number, profile: "other", accountID: "MA_SOMEONEELSE", endpoint: "https://elsewhere.test", time: TestClock.origin)
        try harness.journal.append(theirs)
        let purchase = harness.model()
        purchase.begin(number, listedAt: nil, session: session)
        #expect(purchase.state.phase == .confirming)
    }
}
