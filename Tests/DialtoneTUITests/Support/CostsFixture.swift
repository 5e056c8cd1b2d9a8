import DialtoneCore
import DialtoneTUI
import DialtoneViewModels
import Foundation
import Testing

/// A fleet for the Costs screen: numbers of three providers, four accounts and many countries,
/// fees in INR and USD (and two with none), some routing nowhere; and a journal with purchases,
/// a release fee and its refund across the last 12 months.
@MainActor
enum CostsFixture {
    /// The owned numbers: the inventory is the fake provider's.
    struct Provider: NumberProvider {
        var base = FakeProvider()
        var numbers: [OwnedNumber]
        var kind: ProviderKind { base.kind }
        var accountID: String { base.accountID }
        var endpoint: String { base.endpoint }
        var features: ProviderFeatures { base.features }

        func searchInventory(_ query: InventoryQuery) async throws -> InventoryPage { try await base.searchInventory(query) }
        func purchase(_ number: PhoneNumber, permit: SendPermit) async throws -> PurchaseReceipt { try await base.purchase(number, permit: permit) }
        func account(currency: String?) async throws -> Account { try await base.account(currency: currency) }
        func ownedNumberList(_ query: OwnedQuery) async throws -> OwnedList { OwnedList(numbers: numbers) }
    }

    static let trunk = OwnedDetails(OwnedDetails.Fields(trunkGroupID: "TG-1"))
    static let application = OwnedDetails(OwnedDetails.Fields(applicationID: "APP-9"))

    static let numbers: [OwnedNumber] = {
        var numbers: [OwnedNumber] = []
        // INR: Vobiz (two accounts) and Agni, in India; every third Vobiz number routes nowhere.
        for index in 0..<9 {
            let type: NumberType = [.local, .mobile, .tollfree][index % 3]
            numbers.append(OwnedNumber(
                provider: .vobiz, e164: "+9180400\(String(format: "%05d", index))", country: "IN", type: type,
                monthlyFee: Money(Decimal([150, 300, 500][index % 3]), "INR"),
                accountID: index < 6 ? "MA_INDIA_OPS_0001" : "SA_INDIA_SUPPORT_02", details: index % 3 == 2 ? .none : trunk))
        }
        for index in 0..<3 {
            numbers.append(OwnedNumber(
                provider: .agni, e164: "+9122600\(String(format: "%05d", index))", country: "IN", type: .local,
                monthlyFee: Money(Decimal(string: "249.50")!, "INR"), accountID: "agni-77", details: index == 0 ? .none : trunk))
        }
        // USD: Plivo in eight countries (two of them summed into "2 more"), one in four routing nowhere.
        let countries = ["US", "US", "US", "GB", "GB", "CA", "DE", "FR", "AU", "JP", "SG"]
        for (index, country) in countries.enumerated() {
            numbers.append(OwnedNumber(
                provider: .plivo, e164: "+1415555\(String(format: "%04d", index))", country: country, type: index % 4 == 1 ? .tollfree : .local,
                monthlyFee: Money(Decimal(string: ["0.80", "1.20", "2.00", "3.50"][index % 4])!, "USD"),
                accountID: index % 2 == 0 ? "MA_US_MAIN_000001" : "SA_US_SUBACCOUNT_2", details: index % 4 == 3 ? .none : application))
        }
        // The provider states no fee for these: in no total.
        for index in 0..<2 {
            numbers.append(OwnedNumber(provider: .plivo, e164: "+4420794\(String(format: "%04d", index))", country: "GB", type: .local, details: application))
        }
        return numbers
    }()

    /// A month before `Fixtures.now` (mid June 2025), at noon UTC on the 10th.
    static func monthsAgo(_ months: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let start = calendar.date(from: DateComponents(year: 2025, month: 6, day: 10, hour: 12))!
        return calendar.date(byAdding: .month, value: -months, to: start)!
    }

    /// Purchases in both currencies over the year, one failed (not counted), one release fee and its refund.
    static func writeJournal(_ journal: PurchaseJournal) throws {
        let buys: [(months: Int, e164: String, setup: String, monthly: String, currency: String, state: JournalEntry.State)] = [
            (11, "+14155550000", "1.00", "0.80", "USD", .done), (9, "+14155550001", "1.00", "1.20", "USD", .done),
            (6, "+14155550002", "5.00", "2.00", "USD", .done), (6, "+14155550009", "9.00", "9.00", "USD", .failed),
            (2, "+14155550003", "0.00", "3.50", "USD", .done), (0, "+14155550004", "1.00", "0.80", "USD", .done),
            (10, "+918040000000", "500", "150", "INR", .done), (4, "+918040000001", "1000", "300", "INR", .done),
            (1, "+912260000000", "0", "249.50", "INR", .done), (14, "+918040000009", "900", "900", "INR", .done),
        ]
        for buy in buys {
            let number = PhoneNumber(
                provider: .plivo, e164: buy.e164, country: "US", setupFee: Money(Decimal(string: buy.setup)!, buy.currency),
                monthlyFee: Money(Decimal(string: buy.monthly)!, buy.currency))
            let intent = JournalEntry(intentToBuy: number, profile: "costs", accountID: "MA_US_MAIN_000001", endpoint: "https://fake.test", time: monthsAgo(buy.months))
            try journal.append(intent)
            try journal.append(intent.followed(by: buy.state, at: monthsAgo(buy.months)))
        }
        let released = OwnedNumber(provider: .vobiz, e164: "+918040099999", country: "IN", monthlyFee: Money(150, "INR"))
        let release = JournalEntry(intentToRelease: released, profile: "costs", accountID: "MA_INDIA_OPS_0001", endpoint: "https://fake.test", time: monthsAgo(3))
        try journal.append(release)
        try journal.append(release.released(at: monthsAgo(3), receipt: ReleaseReceipt(provider: .vobiz, e164: released.e164, releaseFee: Money(75, "INR"))))
        let second = JournalEntry(intentToRelease: released, profile: "costs", accountID: "MA_INDIA_OPS_0001", endpoint: "https://fake.test", time: monthsAgo(1))
        try journal.append(second)
        try journal.append(second.released(at: monthsAgo(1), receipt: ReleaseReceipt(provider: .vobiz, e164: released.e164, releaseFee: Money(75, "INR"))))
        let cancel = JournalEntry(intentToCancelRelease: released, profile: "costs", accountID: "MA_INDIA_OPS_0001", endpoint: "https://fake.test", time: monthsAgo(1))
        try journal.append(cancel)
        try journal.append(cancel.restored(at: monthsAgo(1), receipt: ReleaseReceipt(provider: .vobiz, e164: released.e164, refunded: Money(75, "INR"))))
    }

    /// A started app model owning the fleet, with the journal written, months counted in UTC.
    static func loadedModel() async throws -> AppModel {
        let journal = PurchaseJournal(path: NSTemporaryDirectory() + "dialtone-costs-\(UUID().uuidString).jsonl")
        try writeJournal(journal)
        let session = ProfileSession(
            name: "costs", provider: Provider(numbers: numbers), spendLimits: SpendLimits(timeZone: .gmt), isSandbox: true)
        let model = AppModel(sessions: [session], journal: journal, clock: .immediate(date: Fixtures.now))
        model.start()
        await Fixtures.settle(model) { !$0.inventory.rows.isEmpty && !$0.owned.isLoading && $0.owned.totalCount > 0 }
        return model
    }

    /// `model` on the Costs screen with its figures added up.
    static func showCosts(_ model: AppModel) async {
        await Fixtures.send([.showScreen(.costs)], to: model) { $0.costs.owned != nil && !$0.costs.isComputing }
    }
}
