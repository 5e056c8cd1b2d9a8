import Foundation
import Synchronization
import Testing

/// Issue 23's findings 2, 3 and 11 through the `dialtone` binary, on an environment-variable
/// profile against a Vobiz-format stub: what the journal concludes from a provider that
/// committed and then answered badly, or whose owned list cannot prove an absence.
@Suite(.serialized, .timeLimit(.minutes(3))) struct ProtocolStubProcessTests {
    private static let number = "+919876543210"
    private static let gatewayTimeout = LoopbackServer.Reply(status: 504, body: #"{"message":"Endpoint request timed out"}"#)

    /// The states the journal holds, in order.
    private func states(_ cli: CLIRunner) -> [String] {
        cli.journal.split(separator: "\n").compactMap { line in
            ((try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any])?["state"] as? String
        }
    }

    private func start(_ rules: VobizStub.Rules, owned: [String] = []) async throws -> VobizStub {
        let stub = VobizStub(rules, owned: owned)
        try await stub.server.start()
        return stub
    }

    @Test func finding2_aCommittedSaleWhoseOwnedEntryDoesNotDecodeIsNeverJournalledNotBought() async throws {
        var rules = VobizStub.Rules(numbers: [Self.number])
        rules.purchase = { _ in (true, Self.gatewayTimeout) }
        // The bought number is listed, but its entry lacks the number itself.
        rules.ownedPage = { owned, page, perPage in
            VobizStub.page(owned.map { _ in #"{"country":"IN","status":"active","monthly_fee":1}"# }, page: page, perPage: perPage, total: owned.count)
        }
        let stub = try await start(rules)
        defer { stub.server.stop() }
        let cli = try stub.cli()
        let result = try await cli.run(["buy", Self.number, "--yes"])
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stderr.contains("1 owned-list entry could not be read"), "\(result.stderr)")
        #expect(stub.owned == [Self.number] && stub.sends == 1)
        #expect(states(cli) == ["intent", "unknown"], "left open, never reconciled_not_bought: \(cli.journal)")
    }

    @Test func finding2_aReleaseIsNeverJournalledReleasedFromAListWithAnUnreadableEntry() async throws {
        let deleted = Flag()
        var rules = VobizStub.Rules(numbers: [])
        rules.release = { _ in
            deleted.raise()
            return (false, Self.gatewayTimeout)
        }
        // Once the DELETE was answered badly, the still-owned number's entry no longer decodes.
        rules.ownedPage = { owned, page, perPage in
            let entries = owned.map { deleted.isRaised ? #"{"country":"IN","status":"active"}"# : VobizStub.entry($0) }
            return VobizStub.page(entries, page: page, perPage: perPage, total: owned.count)
        }
        let stub = try await start(rules, owned: [Self.number])
        defer { stub.server.stop() }
        let cli = try stub.cli()
        let result = try await cli.run(["release", Self.number, "--yes"])
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stderr.contains("1 owned-list entry could not be read"), "\(result.stderr)")
        #expect(stub.owned == [Self.number] && stub.sends == 1)
        #expect(states(cli) == ["intent", "unknown"], "still owned, so never reconciled_released: \(cli.journal)")
    }

    @Test func finding3_a503WithInsufficientInItsWordsAfterACommittedSaleIsReconciledNotFailed() async throws {
        var rules = VobizStub.Rules(numbers: [Self.number])
        rules.purchase = { _ in (true, .init(status: 503, body: #"{"message":"insufficient capacity upstream"}"#)) }
        let stub = try await start(rules)
        defer { stub.server.stop() }
        let cli = try stub.cli()
        let result = try await cli.run(["buy", Self.number, "--yes"])
        #expect(result.status == 3, "the answer was not a refusal: \(result.stderr)")
        #expect(result.stderr.contains("bought") && !result.stderr.contains("insufficient balance"), "\(result.stderr)")
        #expect(states(cli) == ["intent", "unknown", "reconciled_bought"], "\(cli.journal)")
    }

    @Test func finding11_anOwnedListWhoseTotalMovesWhileReadLeavesTheOutcomeUnknown() async throws {
        let others = (0..<150).map { "+9198700\(String(format: "%05d", $0))" }
        var rules = VobizStub.Rules(numbers: [Self.number])
        rules.purchase = { _ in (false, Self.gatewayTimeout) }
        // Page 1 says 150 entries; by page 2 a sale made it 151, and the number it added fell
        // on the page already read.
        rules.ownedPage = { _, page, perPage in
            let slice = others.dropFirst((page - 1) * perPage).prefix(perPage)
            return VobizStub.page(slice.map(VobizStub.entry), page: page, perPage: perPage, total: page == 1 ? 150 : 151)
        }
        let stub = try await start(rules)
        defer { stub.server.stop() }
        let cli = try stub.cli()
        let result = try await cli.run(["buy", Self.number, "--yes"])
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stderr.contains("the list changed while it was read (150 entries, then 151)"), "\(result.stderr)")
        #expect(states(cli) == ["intent", "unknown"], "never reconciled_not_bought from a shifting list: \(cli.journal)")
    }

    @Test func finding11_anOwnedListRepeatingANumberLeavesTheOutcomeUnknown() async throws {
        let others = (0..<150).map { "+9198700\(String(format: "%05d", $0))" }
        var rules = VobizStub.Rules(numbers: [Self.number])
        rules.purchase = { _ in (false, Self.gatewayTimeout) }
        // A steady total, but page 2 starts with the last entry of page 1: the list shifted.
        rules.ownedPage = { _, page, perPage in
            let start = max(0, (page - 1) * perPage - (page == 1 ? 0 : 1))
            let slice = others.dropFirst(start).prefix(page == 1 ? perPage : 50)
            return VobizStub.page(slice.map(VobizStub.entry), page: page, perPage: perPage, total: 150)
        }
        let stub = try await start(rules)
        defer { stub.server.stop() }
        let cli = try stub.cli()
        let result = try await cli.run(["buy", Self.number, "--yes"])
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stderr.contains("named 1 number twice"), "\(result.stderr)")
        #expect(states(cli) == ["intent", "unknown"], "\(cli.journal)")
    }
}

/// A flag one closure raises and another reads.
private final class Flag: Sendable {
    private let value = Mutex(false)
    func raise() { value.withLock { $0 = true } }
    var isRaised: Bool { value.withLock { $0 } }
}
