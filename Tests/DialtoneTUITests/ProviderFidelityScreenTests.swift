import DialtoneCore
import DialtoneViewModels
import Testing

@testable import DialtoneTUI

/// What the screens say about the providers' edge cases: entries that could not be read, a
/// Vobiz refusal for insufficient balance in the provider's words, a sub-account's payer.
@MainActor
@Suite struct ProviderFidelityScreenTests {
    private func text(_ snapshot: AppSnapshot, _ size: Size = Size(rows: 24, columns: 80)) -> String {
        Fixtures.render(snapshot, size: size).text
    }

    @Test func theStatusBarCountsInventoryEntriesThatCouldNotBeRead() async {
        var snapshot = await Fixtures.loadedModel().snapshot
        #expect(!text(snapshot, Size(rows: 40, columns: 120)).contains("could not be read"))
        snapshot.inventory.skippedEntries = 2
        #expect(text(snapshot, Size(rows: 40, columns: 120)).contains("page 1/2 · 40 numbers · 2 entries could not be read"))
    }

    @Test func theOwnedSummaryCountsEntriesThatCouldNotBeRead() async {
        let model = await Fixtures.loadedModel()
        await Fixtures.send([.showScreen(.owned)], to: model)
        var snapshot = model.snapshot
        snapshot.owned.skippedEntries = 1
        #expect(text(snapshot, Size(rows: 40, columns: 120)).contains("1 entry could not be read"))
    }

    @Test func aVobizInsufficientBalanceRefusalIsShownInTheProvidersWords() async {
        let model = await Fixtures.loadedModel(confirmAbove: 0)
        await Fixtures.send([.buy], to: model)
        var snapshot = model.snapshot
        let refusal = DialtoneError(
            .insufficientBalance, provider: .vobiz, httpStatus: 500, providerMessage: "insufficient balance: 1100 INR needed")
        snapshot.purchase.phase = .finished(.failed(refusal))
        let screen = text(snapshot, Size(rows: 40, columns: 120))
        #expect(screen.contains("Result         not bought: Vobiz: insufficient balance "), "\(screen)")
        #expect(screen.contains("Provider says  insufficient balance: 1100 INR needed "), "the provider's words, whole: \(screen)")
        #expect(!screen.contains("server error"))
    }
}
