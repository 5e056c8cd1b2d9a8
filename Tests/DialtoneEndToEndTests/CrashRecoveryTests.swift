import Foundation
import Testing

/// A `dialtone buy --yes` killed with SIGKILL after its intent was journalled and while its POST
/// is held by the provider: the kill takes the intent's lock with it, so the next start of any
/// command settles the purchase from the owned list — bought when the sale was committed after
/// all, not bought when it never was. Real processes: `dialtone sandbox serve` and the binary
/// with an environment-variable profile.
@Suite(.serialized, .timeLimit(.minutes(5))) struct CrashRecoveryTests {
    /// How long the sandbox holds each purchase before committing it.
    private static let hold = Duration.seconds(6)

    /// What the sandbox does with the purchase once its client is gone.
    private enum Provider {
        /// Commits it anyway, as most providers and gateways do.
        case commitsAnyway
        /// Commits nothing for a client whose connection closed (`abort_if_client_gone`).
        case abortsWhenClientGone
    }

    @Test func aBuyKilledInFlightWhoseSaleCommitsIsSettledAsBoughtByTheNextStart() async throws {
        try await killBuyInFlight(provider: .commitsAnyway)
    }

    @Test func aBuyKilledInFlightWhoseSaleNeverCommitsIsSettledAsNotBoughtByTheNextStart() async throws {
        try await killBuyInFlight(provider: .abortsWhenClientGone)
    }

    private func killBuyInFlight(provider: Provider) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dialtone-crash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let serve = try SandboxServeProcess(folder: folder)
        defer { serve.stop() }
        let cli = try CLIRunner(extra: serve.vobizEnvironment)
        let number = try await cli.firstListedNumber()
        let aborts = provider == .abortsWhenClientGone
        try await serve.setFaults(#"{"purchase_latency_ms":\#(Self.hold.components.seconds * 1_000),"abort_if_client_gone":\#(aborts)}"#)

        let buyer = try BackgroundCommand(cli, ["buy", number, "--yes"])
        defer { buyer.stop() }
        try await waitUntil("the intent is journalled", timeout: .seconds(60)) { cli.journal.contains(#""state":"intent""#) }
        let posted = ContinuousClock.now
        #expect(cli.journalStates == ["intent"] && cli.journal.contains(number))

        // While the buyer lives it holds the intent's lock: another start leaves the purchase alone.
        let meanwhile = try await cli.run(["owned"])
        #expect(meanwhile.stderr.contains("in flight in another dialtone"), "\(meanwhile.stderr)")
        #expect(buyer.isRunning, "the POST is still held by the sandbox")
        #expect(buyer.sigkill() == SIGKILL)
        #expect(cli.journalStates == ["intent"], "the killed buyer wrote no outcome")

        // The sandbox's truth, once it has decided: the hold ends, then the sale commits or not.
        if aborts {
            try await Task.sleep(until: posted + Self.hold + .seconds(2))
            #expect(!(try await serve.ownedNumbers().contains(number)), "no sale for a client that was gone")
        } else {
            try await waitUntil("the sale is committed", timeout: .seconds(30)) {
                (try? await serve.ownedNumbers().contains(number)) == true
            }
        }

        // The next start: the lock died with the buyer, so this one settles the purchase.
        let next = try await cli.run(["owned", "--json"])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(!next.stderr.contains("in flight in another dialtone"), "\(next.stderr)")
        #expect(next.stderr.contains("earlier purchase of"), "\(next.stderr)")
        let settled = aborts ? "reconciled_not_bought" : "reconciled_bought"
        #expect(cli.journalStates == ["intent", settled])
        #expect(next.stdout.contains(#""number":"\#(number)""#) == !aborts, "the owned list the next start printed agrees")
        #expect(try await serve.ownedNumbers().contains(number) == !aborts)

        let again = try await cli.run(["owned"])
        #expect(again.status == 0 && !again.stderr.contains("earlier purchase of"), "settled once: \(again.stderr)")
        #expect(cli.journalStates == ["intent", settled])
    }
}
