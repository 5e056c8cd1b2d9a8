import DialtoneCore
import DialtoneViewModels
import Foundation
import Testing

@testable import DialtoneTUI

/// Spend limits as the purchase dialog draws them.
@MainActor
@Suite struct SpendLimitDialogTests {
    @Test func aPurchaseThatWouldPassTheDailyLimitSaysByHowMuchAndBuyNeverArms() async throws {
        let first = FakeProvider.numbers[0]
        let charge = try #require(first.chargedNow)
        let limit = Money(charge.amount - Decimal(string: "0.25")!, charge.currency)
        let model = await Fixtures.loadedModel(spendLimits: SpendLimits(daily: limit, monthly: Money(1_000_000, charge.currency)))
        #expect(model.snapshot.inventory.selected?.e164 == first.e164)
        await Fixtures.send([.buy, .toggleFocus], to: model)
        let lines = Fixtures.render(model.snapshot, size: Size(rows: 40, columns: 120)).text.split(separator: "\n").map(String.init)
        let spentToday = lines.first { $0.contains("Spent today") }
        #expect(spentToday?.contains("\(Money.zero(charge.currency)) of \(limit)") == true, "\(spentToday ?? "no line")")
        #expect(lines.contains { $0.contains("Month so far") })
        let refusal = lines.first { $0.contains("Limit") }
        #expect(refusal?.contains("not bought: would pass the daily limit by \(Money(Decimal(string: "0.25")!, charge.currency))") == true, "\(refusal ?? "no line")")
        #expect(!model.snapshot.purchase.isBuyArmed)
        model.send(.accept)
        #expect(model.snapshot.purchase.phase == .confirming, "Enter on an unarmed Buy sends nothing")
    }
}
