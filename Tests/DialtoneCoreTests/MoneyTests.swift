import Foundation
import Testing
@testable import DialtoneCore

@Suite struct MoneyTests {
    @Test func formatsWithCurrencyCodeAndTwoDecimals() {
        #expect(Money(Decimal(string: "0.8")!, "usd").formatted() == "USD 0.80")
        #expect(Money(100, "INR").formatted() == "INR 100.00")
        #expect(Money(Decimal(string: "1234567.5")!, "EUR").formatted() == "EUR 1,234,567.50")
        #expect(Money(Decimal(string: "1234.5")!, "EUR").formatted(grouping: false) == "EUR 1234.50")
    }

    @Test func keepsSmallRatesUpToFourDecimals() {
        #expect(Money(Decimal(string: "0.00800")!, "USD").formatted() == "USD 0.008")
        #expect(Money(Decimal(string: "0.123456")!, "USD").formatted() == "USD 0.1235")
    }

    @Test func negativeAmountsKeepTheirSign() {
        #expect(Money(Decimal(string: "-12.5")!, "USD").formatted() == "USD -12.50")
    }

    @Test func addsOnlyTheSameCurrency() {
        #expect(Money(1, "USD").adding(Money(2, "USD")) == Money(3, "USD"))
        #expect(Money(1, "USD").adding(Money(2, "INR")) == nil)
        #expect(Money(Decimal(string: "0.1")!, "USD").adding(Money(Decimal(string: "0.2")!, "USD"))?.amount == Decimal(string: "0.3"))
    }

    @Test func lenientNumbersRejectNonNumbers() {
        #expect(LenientNumber.decimal("0.80000") == Decimal(string: "0.8"))
        #expect(LenientNumber.decimal("12abc") == nil)
        #expect(LenientNumber.decimal("1e9") == nil)
        #expect(LenientNumber.decimal("") == nil)
        #expect(LenientNumber.decimal("-3") == -3)
    }
}
