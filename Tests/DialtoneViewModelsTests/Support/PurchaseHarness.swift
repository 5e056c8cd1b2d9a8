import DialtoneCore
import Foundation
@testable import DialtoneViewModels

/// A purchase model on a test clock and a temporary journal, with the steps a person takes:
/// open the dialog, wait out the arming delay, move to Buy, press it.
@MainActor
struct PurchaseHarness {
    let clock = TestClock()
    let journal = temporaryJournal()

    func model() -> PurchaseModel { PurchaseModel(journal: journal, clock: clock.clock) }

    func session(_ provider: FakeProvider, confirmAbove: Decimal? = nil) -> ProfileSession {
        ProfileSession(name: "work", provider: provider, confirmAbove: confirmAbove)
    }

    /// A provider whose inventory lists `numbers` (the purchase re-reads the listing first).
    func stocked(_ numbers: PhoneNumber...) -> FakeProvider {
        FakeProvider(inventory: numbers.isEmpty ? [pricedNumber()] : numbers)
    }

    /// Lets the arming delay run out on the test clock.
    func waitOutArming(_ purchase: PurchaseModel) async {
        clock.advance(by: PurchaseModel.defaultArmingDelay)
        await purchase.settleArming()
    }

    /// Opens the dialog for `number`, waits out the arming delay, focuses Buy and presses it.
    func buy(_ number: PhoneNumber = pricedNumber(), with purchase: PurchaseModel, session: ProfileSession) async {
        purchase.begin(number, listedAt: nil, session: session)
        await waitOutArming(purchase)
        purchase.toggleFocus()
        purchase.activate()
        await purchase.settle()
    }

    func states() throws -> [JournalEntry.State] { try journal.read().entries.map(\.state) }
}
