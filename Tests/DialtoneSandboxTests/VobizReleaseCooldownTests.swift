import DialtoneSandbox
import Foundation
import Testing

/// Vobiz's current release (PROVIDERS.md): the number enters `pending_release` for a cooldown,
/// charged its release fee, still the account's; `cancel-release` during the cooldown restores
/// it and refunds the fee; afterwards it has left the account and cannot be taken back. Over
/// HTTP, against the sandbox, with the ledger checked after every step.
@Suite struct VobizReleaseCooldownTests {
    /// The owned list's entry of `e164` (main account, first 100), if listed.
    private func ownedEntry(_ e164: String, in harness: SandboxHarness) async throws -> [String: Any]? {
        let owned = try await harness.send(.GET, "\(Paths.vobiz)/numbers?per_page=100", auth: .vobizMain)
        return (owned.object["items"] as? [[String: Any]] ?? []).first { $0["e164"] as? String == e164 }
    }

    private func balance(_ harness: SandboxHarness) async throws -> Decimal {
        try await harness.sandbox.balance(account: SandboxCredentials.vobizMainAuthID, currency: "INR")
    }

    @Test func aReleaseIsPendingForTheCooldownAndChargesTheFeeOfACommittedNumber() async throws {
        let harness = try await SandboxHarness.start(releaseCooldown: .seconds(24 * 3600))
        defer { Task { await harness.stop() } }
        let e164 = try await harness.buyVobizNumber(commitment: { $0 > 0 })
        let monthly = try #require(try await ownedEntry(e164, in: harness)?["monthly_fee"] as? NSNumber).decimalValue
        let before = try await balance(harness)
        let started = Date()
        let reply = try await harness.send(.DELETE, "\(Paths.vobizLower)/numbers/\(e164)", auth: .vobizMain)
        #expect(reply.status == 200, "\(reply.text)")
        #expect(reply.object["status"] as? String == "pending_release")
        #expect((reply.object["release_fee"] as? NSNumber)?.decimalValue == monthly)
        #expect(reply.object["currency"] as? String == "INR")
        let ends = try #require((reply.object["cooldown_ends_at"] as? String).flatMap { try? Date($0, strategy: .iso8601) })
        #expect(abs(ends.timeIntervalSince(started) - 24 * 3600) < 5, "cooldown ends \(ends), 24 h after \(started)")
        #expect(try await balance(harness) == before - monthly)
        let entry = try #require(try await ownedEntry(e164, in: harness), "still the account's during the cooldown")
        #expect(entry["status"] as? String == "pending_release")
        #expect(entry["cooldown_ends_at"] as? String == reply.object["cooldown_ends_at"] as? String)
        let again = try await harness.send(.DELETE, "\(Paths.vobiz)/numbers/\(e164.dropFirst())", auth: .vobizMain)
        #expect(again.status == 409, "a second release of a pending number: \(again.text)")
        #expect(try await balance(harness) == before - monthly, "the refused second release charged nothing")
        #expect(try await harness.sandbox.ledgerIsConsistent())
    }

    @Test func cancellingInsideTheCooldownRestoresTheNumberAndRefundsTheFee() async throws {
        let harness = try await SandboxHarness.start(releaseCooldown: .seconds(24 * 3600))
        defer { Task { await harness.stop() } }
        let e164 = try await harness.buyVobizNumber(commitment: { $0 > 0 })
        let before = try await balance(harness)
        let released = try await harness.send(.DELETE, "\(Paths.vobiz)/numbers/\(e164.dropFirst())", auth: .vobizMain)
        #expect(released.status == 200)
        let fee = try #require((released.object["release_fee"] as? NSNumber)?.decimalValue)
        #expect(fee > 0)
        let cancelled = try await harness.send(.POST, "\(Paths.vobizLower)/numbers/%2B\(e164.dropFirst())/cancel-release", auth: .vobizMain)
        #expect(cancelled.status == 200, "\(cancelled.text)")
        #expect(cancelled.object["status"] as? String == "active")
        #expect((cancelled.object["refunded_amount"] as? NSNumber)?.decimalValue == fee)
        #expect(try await balance(harness) == before, "the fee came back")
        #expect(try await ownedEntry(e164, in: harness)?["status"] as? String == "active")
        let twice = try await harness.send(.POST, "\(Paths.vobiz)/numbers/\(e164.dropFirst())/cancel-release", auth: .vobizMain)
        #expect(twice.status == 409, "nothing pending any more: \(twice.text)")
        #expect(twice.object["message"] as? String == "number is not pending release")
        #expect(try await balance(harness) == before, "the refused second cancel refunded nothing")
        #expect(try await harness.sandbox.ledgerIsConsistent())
    }

    @Test func afterTheCooldownTheNumberHasLeftAndCannotBeTakenBack() async throws {
        let harness = try await SandboxHarness.start(releaseCooldown: .seconds(1))
        defer { Task { await harness.stop() } }
        let e164 = try await harness.buyVobizNumber()
        let stockBefore = try await harness.sandbox.numbersInStock(provider: "vobiz")
        let released = try await harness.send(.DELETE, "\(Paths.vobiz)/numbers/\(e164.dropFirst())", auth: .vobizMain)
        #expect(released.status == 200)
        #expect(released.object["status"] as? String == "pending_release")
        #expect(try await harness.vobizOwns(e164), "pending at first")
        let ends = try #require((released.object["cooldown_ends_at"] as? String).flatMap { try? Date($0, strategy: .iso8601) })
        try await Task.sleep(for: .seconds(max(0, ends.timeIntervalSinceNow) + 1.1))
        let late = try await harness.send(.POST, "\(Paths.vobizLower)/numbers/\(e164)/cancel-release", auth: .vobizMain)
        #expect(late.status == 403, "\(late.text)")
        #expect(late.object["message"] as? String == "account does not own this number")
        #expect(try await !harness.vobizOwns(e164), "gone once the cooldown ended")
        #expect(try await harness.sandbox.numbersInStock(provider: "vobiz") == stockBefore + 1, "back in stock")
        #expect(try await harness.sandbox.ledgerIsConsistent())
    }

    @Test func cancellingANumberNeverReleasedOrNotOwnedIsRefused() async throws {
        let harness = try await SandboxHarness.start(releaseCooldown: .seconds(24 * 3600))
        defer { Task { await harness.stop() } }
        let owned = try await harness.buyVobizNumber()
        let active = try await harness.send(.POST, "\(Paths.vobiz)/numbers/\(owned.dropFirst())/cancel-release", auth: .vobizMain)
        #expect(active.status == 409, "\(active.text)")
        let stocked = try #require(try await harness.vobizInventory(country: "IN").first?["e164"] as? String)
        let foreign = try await harness.send(.POST, "\(Paths.vobizLower)/numbers/\(stocked)/cancel-release", auth: .vobizMain)
        #expect(foreign.status == 403, "\(foreign.text)")
        let malformed = try await harness.send(.POST, "\(Paths.vobizLower)/numbers/++1/cancel-release", auth: .vobizMain)
        #expect(malformed.status == 400, "\(malformed.text)")
    }
}
