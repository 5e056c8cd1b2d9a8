import DialtoneCore
import Foundation
@testable import DialtoneViewModels

/// A journal in a fresh temporary folder.
func temporaryJournal() -> PurchaseJournal {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dialtone-tests-\(UUID().uuidString)")
    return PurchaseJournal(path: folder.appendingPathComponent("state/purchases.jsonl").path)
}

/// A number costing `setup` + `monthly` USD.
func pricedNumber(_ e164: String = "+14155551234", setup: String = "1.00", monthly: String = "0.80") -> PhoneNumber {
    PhoneNumber(
        provider: .plivo, e164: e164, country: "US", region: "CA", city: "San Francisco", type: .local,
        capabilities: Capabilities(voice: true, sms: true), setupFee: Money(Decimal(string: setup)!, "USD"),
        monthlyFee: Money(Decimal(string: monthly)!, "USD"))
}
