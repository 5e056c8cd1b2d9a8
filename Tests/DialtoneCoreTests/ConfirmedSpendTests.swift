import Foundation
import Testing
@testable import DialtoneCore

/// Issue 23, finding 4: spend limits undercounted. What was confirmed counts: the journal keeps
/// the confirmed quote, a receipt never lowers a known amount, a missing currency is unknown
/// (never USD), and negative amounts or malformed currency codes make an entry unreadable.
@Suite struct ConfirmedSpendTests {
    private static let time = Date(timeIntervalSince1970: 1_796_000_000)
    private static let inr150 = SpendLimits(daily: SpendLimits.amount("INR 150"))

    private func listing(setup: Decimal? = 1, monthly: Decimal? = 100, currency: String = "INR") -> PhoneNumber {
        PhoneNumber(
            provider: .vobiz, e164: "+919876543210", country: "IN",
            setupFee: setup.map { Money($0, currency) }, monthlyFee: monthly.map { Money($0, currency) })
    }

    private func intent(_ number: PhoneNumber) -> JournalEntry {
        JournalEntry(intentToBuy: number, profile: "work", accountID: "MA_TEST", endpoint: "http://127.0.0.1", time: Self.time)
    }

    private func receipt(setup: Decimal?, monthly: Decimal?, currency: String = "INR") -> PurchaseReceipt {
        PurchaseReceipt(
            provider: .vobiz, e164: "+919876543210", status: .active,
            setupFee: setup.map { Money($0, currency) }, monthlyFee: monthly.map { Money($0, currency) })
    }

    /// Charged now today in INR by the purchase `lines` tell.
    private func spent(_ lines: [JournalEntry], currency: String = "INR") -> Decimal {
        JournalContents(entries: lines, unreadableLines: 0).spent(currency: currency, since: Self.time) { _ in true }
    }

    private func vobizItems(_ items: String) throws -> VobizListDTO {
        try WireJSON.decode(VobizListDTO.self, from: Data(#"{"items":[\#(items)],"total":2}"#.utf8), provider: .vobiz)
    }

    // MARK: The journal keeps what was confirmed

    @Test func aReceiptWithoutTheSetupFeeKeepsTheConfirmedQuote() {
        let intent = intent(listing())
        let done = intent.done(at: Self.time, receipt: receipt(setup: nil, monthly: 100))
        #expect(done.setup == 1 && done.monthly == 100 && done.currency == "INR")
        #expect(done.reportedSetup == nil && done.reportedMonthly == 100)
        #expect(spent([intent, done]) == 101, "setup 1 plus the first month, as confirmed")
    }

    @Test func aReceiptNeverLowersAConfirmedAmountButMayRaiseIt() {
        let intent = intent(listing())
        let lower = intent.done(at: Self.time, receipt: receipt(setup: 0, monthly: 50))
        #expect(lower.setup == 1 && lower.monthly == 100, "the confirmed amounts stay")
        #expect(spent([intent, lower]) == 101)
        let higher = intent.done(at: Self.time, receipt: receipt(setup: 5, monthly: 100))
        #expect(spent([intent, higher]) == 105, "the provider says it charged more: that counts")
    }

    @Test func aReceiptFillsInAFeeTheQuoteDidNotKnow() {
        let intent = intent(listing(setup: nil))
        let done = intent.done(at: Self.time, receipt: receipt(setup: 7, monthly: nil))
        #expect(done.setup == nil, "the confirmed quote did not know it")
        #expect(done.countedSetup == 7 && done.countedMonthly == 100)
        #expect(spent([intent, done]) == 107)
    }

    @Test func aReceiptNeverChangesAKnownCurrency() {
        let intent = intent(listing())
        let done = intent.done(at: Self.time, receipt: receipt(setup: 0, monthly: 1, currency: "USD"))
        #expect(done.currency == "INR" && done.setup == 1 && done.monthly == 100)
        #expect(done.reportedSetup == nil && done.reportedMonthly == nil && done.asQuoted == true)
        #expect(spent([intent, done]) == 101)
        #expect(spent([intent, done], currency: "USD") == 0)
    }

    @Test func aReceiptNamesTheCurrencyTheQuoteDidNotKnow() {
        let unknown = listing(setup: nil, monthly: nil, currency: "")
        #expect(!unknown.currencyIsKnown)
        let intent = intent(unknown)
        #expect(intent.currency.isEmpty)
        let done = intent.done(at: Self.time, receipt: receipt(setup: 1, monthly: 100))
        #expect(done.currency == "INR" && done.countedSetup == 1 && done.countedMonthly == 100)
        #expect(spent([intent, done]) == 101)
    }

    @Test func theReportedAmountsRoundTripAndOlderLinesStayReadable() throws {
        let intent = intent(listing())
        let done = intent.done(at: Self.time, receipt: receipt(setup: nil, monthly: Decimal(string: "100.5")!))
        let line = try JSONEncoder().encode(done)
        #expect(String(decoding: line, as: UTF8.self).contains(#""reported_monthly":"100.5""#))
        #expect(try JSONDecoder().decode(JournalEntry.self, from: line) == done)
        let older = #"{"id":"\#(UUID().uuidString)","time":0,"state":"done","provider":"vobiz","profile":"work","account_id":"MA_TEST","e164":"+919876543210","setup":"1","monthly":"100","currency":"INR"}"#
        let read = try JSONDecoder().decode(JournalEntry.self, from: Data(older.utf8))
        #expect(read.reportedSetup == nil && read.reportedMonthly == nil && read.countedSetup == 1)
    }

    @Test func historyShowsWhatCounts() {
        let intent = intent(listing())
        let done = intent.done(at: Self.time, receipt: receipt(setup: nil, monthly: 120))
        let row = JournalContents(entries: [intent, done], unreadableLines: 0).history().first
        #expect(row?.chargedNow == Money(121, "INR") && row?.monthly == Money(120, "INR"))
    }

    // MARK: A missing currency is unknown, never USD

    @Test func aListingWithoutCurrencyHasUnknownFeesNotUSD() throws {
        let number = try #require(try vobizItems(#"{"e164":"+919876543210","setup_fee":1,"monthly_fee":100}"#).items.first).phoneNumber()
        #expect(!number.currencyIsKnown && number.currency.isEmpty)
        #expect(number.setupFee == nil && number.monthlyFee == nil && number.chargedNow == nil)
    }

    @Test func anUnknownCurrencyIsRefusedUnderAnyLimit() {
        let contents = JournalContents(entries: [], unreadableLines: 0)
        let refusal = Self.inr150.refusal(charge: nil, currency: "", in: contents, now: Self.time) { _ in true }
        #expect(refusal?.contains("its currency was not stated") == true, "\(refusal ?? "none")")
        let usd = SpendLimits(monthly: SpendLimits.amount("USD 10"))
        #expect(usd.refusal(charge: nil, currency: "", in: contents, now: Self.time) { _ in true } != nil)
        #expect(SpendLimits().refusal(charge: nil, currency: "", in: contents, now: Self.time) { _ in true } == nil, "no limit, no refusal")
    }

    @Test func aPurchaseAnswerWithoutCurrencyReportsNoAmounts() throws {
        let answer = try WireJSON.decode(
            VobizPurchaseDTO.self, from: Data(#"{"number":{"e164":"+919876543210","setup_fee":0,"monthly_fee":0}}"#.utf8), provider: .vobiz)
        let bought = try #require(answer.bought("+919876543210"))
        #expect(bought.fee(bought.setupFee) == nil && bought.fee(bought.monthlyFee) == nil)
    }

    @Test func anUnknownCurrencyIsNeitherSentNorAskedForAsAnEmptyCode() async throws {
        let server = LoopbackServer { request in
            request.method == "POST"
                ? .init(status: 200, body: #"{"number":{"e164":"+919876543210","setup_fee":100,"monthly_fee":1,"currency":"INR"}}"#)
                : .init(status: 200, body: #"{"balance":5,"currency":"INR"}"#)
        }
        try await server.start()
        defer { server.stop() }
        let client = VobizClient(credentials: TestCredentials.vobiz(server.baseURL), transport: TestCredentials.fastTransport)
        _ = try await client.purchase(listing(setup: nil, monthly: nil, currency: ""), permit: .test)
        _ = try await client.account(currency: "")
        let body = try #require(try JSONSerialization.jsonObject(with: server.requests[0].body) as? [String: String])
        #expect(body == ["e164": "+919876543210"], "the provider applies the number's own currency")
        #expect(server.requests[1].path.hasSuffix("/balance/USD"), "the profile's currency (USD by default)")
    }

    @Test func aReleaseFeeWithoutACurrencyIsUnknownNotTheProfilesDefault() async throws {
        let server = LoopbackServer(body: #"{"message":"released","release_fee":5}"#)
        try await server.start()
        defer { server.stop() }
        let client = VobizClient(credentials: TestCredentials.vobiz(server.baseURL), transport: TestCredentials.fastTransport)
        let unpriced = OwnedNumber(provider: .vobiz, e164: "+919876543210", country: "IN")
        #expect(try await client.release(unpriced, permit: .test).releaseFee == nil)
        let priced = OwnedNumber(provider: .vobiz, e164: "+919876543210", country: "IN", monthlyFee: Money(1, "INR"))
        #expect(try await client.release(priced, permit: .test).releaseFee == Money(5, "INR"), "the number's own currency")
    }

    // MARK: Negative amounts and malformed currency codes make an entry unreadable

    @Test(arguments: [#""setup_fee":-1,"monthly_fee":100,"currency":"INR""#, #""setup_fee":1,"monthly_fee":"-100","currency":"INR""#])
    func aNegativeFeeSkipsTheEntry(fees: String) throws {
        let list = try vobizItems(#"{"e164":"+919876543210",\#(fees)},{"e164":"+919876543211","setup_fee":1,"monthly_fee":100,"currency":"INR"}"#)
        #expect(list.items.map(\.e164) == ["+919876543211"] && list.skipped == 1)
    }

    @Test(arguments: ["INR ", " INR", "RS", "INRR", "", "1NR", "ÍNR"])
    func aMalformedCurrencySkipsTheEntry(code: String) throws {
        let list = try vobizItems(#"{"e164":"+919876543210","setup_fee":1,"monthly_fee":100,"currency":"\#(code)"},{"e164":"+919876543211","currency":"inr"}"#)
        #expect(list.items.map(\.e164) == ["+919876543211"] && list.skipped == 1)
        #expect(list.items.first?.currency == "INR", "a lower-case code is still a code")
    }

    @Test func aPurchaseAnswerWithANegativeFeeOrMalformedCurrencyIsUnreadable() {
        for number in [#"{"e164":"+919876543210","setup_fee":-1,"monthly_fee":100,"currency":"INR"}"#,
                       #"{"e164":"+919876543210","setup_fee":1,"monthly_fee":100,"currency":"INR "}"#] {
            #expect(throws: DialtoneError.self) {
                try WireJSON.decode(VobizPurchaseDTO.self, from: Data(#"{"number":\#(number)}"#.utf8), provider: .vobiz)
            }
        }
    }

    @Test func plivoAndAgniNegativePricesSkipTheEntry() throws {
        let plivo = try WireJSON.decode(
            PlivoListDTO<PlivoSearchObjectDTO>.self,
            from: Data(#"{"objects":[{"number":"14155550100","setup_rate":"-0.5","monthly_rental_rate":"0.8"},{"number":"14155550101","monthly_rental_rate":"0.8"}]}"#.utf8),
            provider: .plivo)
        #expect(plivo.objects.map(\.number) == ["14155550101"] && plivo.skipped == 1)
        let agni = try WireJSON.decode(
            AgniListDTO.self, from: Data(#"{"data":[{"number":"+14155550100","price":-2},{"number":"+14155550101","price":2}]}"#.utf8), provider: .agni)
        #expect(agni.data.map(\.number) == ["+14155550101"] && agni.skipped == 1)
    }
}
