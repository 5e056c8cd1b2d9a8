import Foundation
import Testing

/// README, "What a purchase guarantees" 3 and the exit codes: just before sending, the listing
/// is read again, and if a fee changed nothing is sent — "`buy --yes` exits 4 instead". Here
/// through the `dialtone` binary against a Vobiz-format stub whose setup fee, monthly fee or
/// currency moves with every read, so the re-read always differs from the quote. (The model's side of this is
/// `SandboxOverHTTPTests` in DialtoneViewModelsTests.)
@Suite(.serialized, .timeLimit(.minutes(3))) struct PriceChangeProcessTests {
    private static let number = "+919876543210"

    /// Listings whose terms differ from one read to the next: the setup fee, the monthly fee, the currency.
    private static let movingTerms: [String: @Sendable (Int) -> String] = [
        "setup fee": { #""setup_fee":\#(100 + $0),"monthly_fee":1,"currency":"INR""# },
        "monthly fee": { #""setup_fee":100,"monthly_fee":\#($0),"currency":"INR""# },
        "currency": { #""setup_fee":100,"monthly_fee":1,"currency":"\#($0 % 2 == 0 ? "USD" : "INR")""# },
    ]

    @Test(arguments: movingTerms.keys.sorted())
    func buyYesExitsFourAndSendsNothingWhenThePriceChangedAfterTheQuote(moving term: String) async throws {
        guard let moving = Self.movingTerms[term] else {
            Issue.record("no terms named \(term)")
            return
        }
        var rules = VobizStub.Rules(numbers: [Self.number])
        rules.feesOnRead = moving
        let stub = VobizStub(rules)
        try await stub.server.start()
        defer { stub.server.stop() }
        let cli = try stub.cli()

        let result = try await cli.run(["buy", Self.number, "--yes"])
        #expect(result.status == 4, "declined, not bought: \(result.stderr)")
        #expect(result.stderr.contains("not bought: the price changed after it was quoted"), "\(result.stderr)")
        #expect(stub.inventoryReadCount >= 2, "the listing was read again before sending")
        #expect(stub.sends == 0, "no purchase was sent")
        #expect(stub.owned.isEmpty)
        #expect(cli.journal.isEmpty, "no intent was journalled: \(cli.journal)")
    }

    @Test func theSameBuyGoesThroughWhenThePriceHolds() async throws {
        // The control: the stub and command above, the fee steady, exit 0 and one purchase.
        let stub = VobizStub(.init(numbers: [Self.number]))
        try await stub.server.start()
        defer { stub.server.stop() }
        let result = try await stub.cli().run(["buy", Self.number, "--yes"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(stub.inventoryReadCount >= 2 && stub.sends == 1 && stub.owned == [Self.number])
    }
}
