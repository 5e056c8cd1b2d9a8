import DialtoneCore
import Foundation
import Synchronization
import Testing
@testable import DialtoneViewModels

/// A provider whose owned list arrives page by page, each page only once the test releases it.
private final class PagedOwnedProvider: NumberProvider {
    let kind = ProviderKind.vobiz
    let accountID = "MA_PAGED"
    let endpoint = "memory"
    let features = ProviderFeatures(
        canSearch: false, canBuy: false, hasBalance: false, requiresCountry: false, maxPageSize: 100,
        filtersTypeOnServer: false, filtersCapabilitiesOnServer: false, searchHelp: "")
    let pages: [[OwnedNumber]]
    let incompleteReason: String?
    private let gate = Mutex<(released: Int, waiting: [(page: Int, resume: CheckedContinuation<Void, Never>)])>((0, []))

    init(pages: [[OwnedNumber]], incompleteReason: String? = nil) {
        self.pages = pages
        self.incompleteReason = incompleteReason
    }

    /// Lets pages before `count` arrive.
    func release(pages count: Int) {
        let ready = gate.withLock { gate in
            gate.released = count
            let ready = gate.waiting.filter { $0.page < count }
            gate.waiting.removeAll { $0.page < count }
            return ready
        }
        ready.forEach { $0.resume.resume() }
    }

    func searchInventory(_ query: InventoryQuery) async throws -> InventoryPage {
        InventoryPage(items: [], page: 1, pageSize: 1, total: 0, hasMore: false)
    }

    func purchase(_ number: PhoneNumber, permit: SendPermit) async throws -> PurchaseReceipt { throw DialtoneError(.unsupported, provider: kind) }

    func account(currency: String?) async throws -> Account { throw DialtoneError(.unsupported, provider: kind) }

    func ownedNumberList(_ query: OwnedQuery) async throws -> OwnedList { try await ownedNumberList(query) { _, _ in } }

    func ownedNumberList(
        _ query: OwnedQuery, onPage: @escaping @Sendable ([OwnedNumber], ListProgress) -> Void
    ) async throws -> OwnedList {
        for (index, page) in pages.enumerated() {
            await withCheckedContinuation { continuation in
                let now = gate.withLock { gate in
                    if index < gate.released { return true }
                    gate.waiting.append((index, continuation))
                    return false
                }
                if now { continuation.resume() }
            }
            onPage(page, ListProgress(pagesRead: index + 1, pagesTotal: pages.count))
        }
        return OwnedList(numbers: pages.flatMap { $0 }, incompleteReason: incompleteReason)
    }
}

@MainActor
struct OwnedStreamingTests {
    private func number(_ e164: String, fee: String, currency: String = "USD", city: String? = nil) -> OwnedNumber {
        OwnedNumber(provider: .vobiz, e164: e164, country: "US", city: city, monthlyFee: Money(Decimal(string: fee)!, currency))
    }

    /// Waits (bounded, not timed) until `condition` holds.
    private func eventually(_ condition: () -> Bool) async {
        for _ in 0..<5_000 where !condition() { try? await Task.sleep(for: .milliseconds(1)) }
    }

    @Test func rowsOfTheFirstPageShowBeforeTheLastPageArrives() async {
        let provider = PagedOwnedProvider(pages: [
            [number("+14155550003", fee: "3"), number("+14155550001", fee: "1")],
            [number("+12125550002", fee: "2", city: "New York")],
        ], incompleteReason: "page 3 could not be read")
        let model = OwnedModel(sessions: [ProfileSession(name: "fleet", provider: provider)], clock: TestClock().clock)
        provider.release(pages: 1)
        model.reload()
        await eventually { model.state.rows.count == 2 }
        #expect(model.state.isLoading)
        #expect(model.state.rows.map(\.number.e164) == ["+14155550003", "+14155550001"], "in arrival order until the end")
        #expect(model.state.loadingLabel == "loading 1/2 pages")
        #expect(model.state.monthlyTotals == [Money(4, "USD")])
        #expect(model.state.partial.isEmpty)

        model.setFilterText("555000")
        provider.release(pages: 2)
        await model.settle()
        #expect(!model.state.isLoading && model.state.loadProgress == nil && model.state.loadingLabel == nil)
        #expect(model.state.rows.map(\.number.e164) == ["+12125550002", "+14155550001", "+14155550003"], "sorted once all arrived")
        #expect(model.state.monthlyTotals == [Money(6, "USD")])
        #expect(model.state.partial == [PartialListing(profile: "fleet", provider: .vobiz, reason: "page 3 could not be read")])
        #expect(model.state.summary == "3 numbers (partial) · USD 6.00 monthly")
    }

    @Test func aFilterTypedWhileLoadingAppliesToRowsStillArriving() async {
        let provider = PagedOwnedProvider(pages: [
            [number("+14155550001", fee: "1", city: "San Francisco")],
            [number("+12125550002", fee: "2", city: "New York"), number("+14155550009", fee: "9", city: "San Francisco")],
        ])
        let model = OwnedModel(sessions: [ProfileSession(name: "fleet", provider: provider)], clock: TestClock().clock)
        provider.release(pages: 1)
        model.reload()
        await eventually { model.state.rows.count == 1 }
        model.setFilterText("francisco")
        provider.release(pages: 2)
        await eventually { model.state.totalCount == 3 }
        #expect(model.state.rows.map(\.number.e164).sorted() == ["+14155550001", "+14155550009"])
        #expect(model.state.monthlyTotals == [Money(10, "USD")])
        await model.settle()
        #expect(model.state.rows.map(\.number.e164) == ["+14155550001", "+14155550009"])
        #expect(model.state.partial.isEmpty && model.state.summary == "2 of 3 numbers · USD 10.00 monthly")
    }

    @Test func aRefreshKeepsTheShownListUntilTheNewOneIsComplete() async {
        let provider = PagedOwnedProvider(pages: [[number("+14155550001", fee: "1")], [number("+14155550002", fee: "2")]])
        let model = OwnedModel(sessions: [ProfileSession(name: "fleet", provider: provider)], clock: TestClock().clock)
        provider.release(pages: 2)
        model.reload()
        await model.settle()
        provider.release(pages: 0)
        model.reload()
        provider.release(pages: 1)
        await eventually { model.state.loadProgress?.pagesRead == 1 }
        #expect(model.state.loadingLabel == "loading 1/2 pages")
        #expect(model.state.rows.count == 2 && model.state.totalCount == 2, "the complete list stays until the new one is")
        provider.release(pages: 2)
        await model.settle()
        #expect(model.state.rows.count == 2 && !model.state.isLoading)
    }
}

/// The integer-key sort agrees with `OwnedSort.orders` on every key.
struct OwnedSortOrderTests {
    @Test func agreesWithTheRowComparisonForEverySort() {
        let statuses: [NumberStatus] = [.active, .pending, .inactive, NumberStatus(rawValue: "ported")]
        let providers: [ProviderKind] = [.vobiz, .plivo, .agni]
        var rows: [OwnedRow] = []
        for index in 0..<400 {
            var mixer = UInt64(index) &* 0x9E37_79B9_7F4A_7C15
            mixer ^= mixer >> 29
            let length = 4 + Int(mixer % 12)  // 4…15 digits: shorter numbers are prefixes of longer ones
            let digits = String(String(format: "%015llu", mixer % 1_000_000_000_000_000).prefix(length))
            let quarters = Decimal(Int(mixer % 50)) / 4
            let fee: Money? = index % 9 == 0 ? nil : Money(quarters, "USD")
            let country = ["US", "IN", "GB"][index % 3 == 0 ? 0 : Int(mixer % 3)]
            let number = OwnedNumber(
                provider: providers[index % 3], e164: "+" + digits, country: country, status: statuses[Int(mixer % 4)], monthlyFee: fee)
            rows.append(OwnedRow(number: number, profile: "p"))
        }
        for sort in OwnedSort.allCases {
            let expected = rows.sorted { sort.orders($0, before: $1) }.map(\.number.e164)
            #expect(OwnedSortOrder.positions(of: rows, by: sort).map { rows[$0].number.e164 } == expected, "\(sort)")
        }
    }

    @Test func numbersThatAreNotDigitsFallBackToComparingRows() {
        let rows = ["+14155550002", "unknown-7", "+1415555000"].map {
            OwnedRow(number: OwnedNumber(provider: .plivo, e164: $0, country: "US"), profile: "p")
        }
        #expect(OwnedSortOrder.packed("unknown-7") == nil && OwnedSortOrder.packed("+1234567890123456") == nil)
        #expect(OwnedSortOrder.positions(of: rows, by: .number).map { rows[$0].number.e164 } == ["+1415555000", "+14155550002", "unknown-7"])
    }
}

/// An index built page by page answers as the index of the whole list does.
struct OwnedFilterIndexAppendTests {
    @Test func appendedPagesFilterAndTotalLikeOneIndex() {
        let currencies = ["INR", "USD", "EUR"]
        var rows: [OwnedRow] = []
        for index in 0..<30 {
            let amount: Decimal = index % 5 == 0 ? Decimal(string: "0.123456")! : Decimal(index)  // some too precise for the integer sums
            let number = OwnedNumber(
                provider: .vobiz, e164: "+9198765432" + String(format: "%02d", index), country: index % 2 == 0 ? "IN" : "US",
                city: index % 3 == 0 ? "Mumbai" : "Pune", status: index % 4 == 0 ? .pending : .active,
                monthlyFee: Money(amount, currencies[index % 3]))
            rows.append(OwnedRow(number: number, profile: "p"))
        }
        let whole = OwnedFilterIndex(rows)
        var paged = OwnedFilterIndex()
        for start in stride(from: 0, to: rows.count, by: 7) {
            paged.append(OwnedFilterIndex(Array(rows[start..<min(start + 7, rows.count)])))
        }
        #expect(paged.count == rows.count)
        let filters = [
            OwnedFilter(), OwnedFilter(text: "mumbai"), OwnedFilter(country: "IN"), OwnedFilter(status: .pending),
            OwnedFilter(text: "43210", country: "US", status: .active),
        ]
        for filter in filters {
            let positions = whole.filter(Array(rows.indices), filter: filter)
            #expect(paged.filter(Array(rows.indices), filter: filter) == positions)
            #expect(paged.totals(positions) == whole.totals(positions))
        }
    }
}
