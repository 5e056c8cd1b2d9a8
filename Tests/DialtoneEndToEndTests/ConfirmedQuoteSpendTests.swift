import Foundation
import Testing

/// Issue 23, finding 4, through the `dialtone` binary against a Vobiz-format stub: spend limits
/// count the confirmed quote, whatever the purchase answer leaves out, and a currency nobody
/// stated is refused under a limit, never taken to be USD.
@Suite(.serialized, .timeLimit(.minutes(3))) struct ConfirmedQuoteSpendTests {
    /// Two Indian numbers, each INR 100 setup plus INR 1 the first month (seed 001's figures).
    private static let numbers = ["+919876543210", "+919876543211"]

    /// A stub selling `numbers`, listed with `listingFees`, whose purchases commit and answer `answer(number)`.
    private func stub(listingFees: String = #""setup_fee":100,"monthly_fee":1,"currency":"INR""#, answer: @escaping @Sendable (String) -> String) -> VobizStub {
        VobizStub(.init(numbers: Self.numbers, listingFees: listingFees, purchase: { (true, .init(status: 200, body: answer($0))) }))
    }

    /// The stub's CLI with `config` as its configuration file.
    private func cli(_ stub: VobizStub, config: String) throws -> CLIRunner {
        var cli = try stub.cli()
        let file = cli.home.appendingPathComponent("config.toml")
        try Data(config.utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        cli.environment["DIALTONE_CONFIG"] = file.path
        return cli
    }

    private static let answers: [String: @Sendable (String) -> String] = [
        "names the number without setup_fee": { #"{"message":"Number purchased successfully","number":{"e164":"\#($0)","monthly_fee":1,"currency":"INR","account_id":"MA_STUB0001"}}"# },
        "names the number without currency": { #"{"message":"Number purchased successfully","number":{"e164":"\#($0)","setup_fee":100,"monthly_fee":1,"account_id":"MA_STUB0001"}}"# },
    ]

    @Test(arguments: answers.keys.sorted())
    func spendLimitsCountTheConfirmedQuote(answer: String) async throws {
        let stub = stub(answer: try #require(Self.answers[answer]))
        try await stub.server.start()
        defer { stub.server.stop() }
        let cli = try cli(stub, config: #"spend_limit_daily = "INR 150""# + "\n")

        let first = try await cli.run(["buy", Self.numbers[0], "--yes"])
        #expect(first.status == 0, "the first INR 101 fits the INR 150 limit: \(first.stderr)")
        let done = try #require(cli.journal.split(separator: "\n").last)
        #expect(done.contains(#""setup":"100""#) && done.contains(#""monthly":"1""#) && done.contains(#""currency":"INR""#), "\(done)")

        let second = try await cli.run(["buy", Self.numbers[1], "--yes"])
        #expect(second.status == 5, "INR 101 + INR 101 passes INR 150: \(second.stderr)")
        #expect(second.stderr.contains("would pass the daily limit by INR 52.00"), "\(second.stderr)")
        #expect(stub.sends == 1, "no second POST")
    }

    @Test func aListingWithoutCurrencyIsRefusedUnderALimitAndUnderYes() async throws {
        let stub = stub(listingFees: #""setup_fee":100,"monthly_fee":1"#) { #"{"number":{"e164":"\#($0)","setup_fee":100,"monthly_fee":1}}"# }
        try await stub.server.start()
        defer { stub.server.stop() }

        let limited = try await cli(stub, config: #"spend_limit_daily = "INR 150""# + "\n").run(["buy", Self.numbers[0], "--yes"])
        #expect(limited.status == 5, "\(limited.stderr)")
        #expect(limited.stderr.contains("its currency was not stated"), "\(limited.stderr)")
        #expect(!limited.stderr.contains("USD"), "never taken to be USD: \(limited.stderr)")

        let unlimited = try await cli(stub, config: "").run(["buy", Self.numbers[0], "--yes"])
        #expect(unlimited.status == 4, "\(unlimited.stderr)")
        #expect(unlimited.stderr.contains("the charge is unknown"), "\(unlimited.stderr)")
        #expect(stub.sends == 0)
    }

    @Test func aPurchaseAnswerWithAMalformedCurrencyIsNotASuccess() async throws {
        let stub = stub { #"{"number":{"e164":"\#($0)","setup_fee":100,"monthly_fee":1,"currency":"INR "}}"# }
        try await stub.server.start()
        defer { stub.server.stop() }
        let cli = try cli(stub, config: "")
        let result = try await cli.run(["buy", Self.numbers[0], "--yes"])
        #expect(result.status == 3, "an unreadable answer to a purchase is an unknown outcome, settled from the owned list: \(result.stderr)")
        #expect(stub.sends == 1)
        #expect(!cli.journal.contains(#""state":"done""#), "never journalled as a plain success: \(cli.journal)")
    }
}
