import DialtoneCore
import Foundation
import Testing
@testable import DialtoneViewModels

/// A listing whose currency the provider did not state (issue 23, finding 4) is not a currency
/// named "": in the merged list it comes after every stated currency, not before them.
struct UnknownCurrencyOrderTests {
    private func row(_ e164: String, _ currency: String, setup: Decimal?) -> MergedRow {
        MergedRow(profile: "v", number: PhoneNumber(
            provider: .vobiz, e164: e164, country: "IN",
            setupFee: setup.map { Money($0, currency) }, monthlyFee: setup.map { _ in Money(1, currency) }, currency: currency))
    }

    @Test func rowsWithoutACurrencyComeAfterEveryCurrency() {
        let merged = AllProvidersState.merged([
            row("+919876543210", "", setup: nil), row("+919876543211", "USD", setup: 5),
            row("+919876543212", "INR", setup: nil), row("+919876543213", "INR", setup: 1),
        ])
        #expect(merged.map(\.number.e164) == ["+919876543213", "+919876543212", "+919876543211", "+919876543210"])
    }
}
