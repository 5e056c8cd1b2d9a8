import DialtoneSandbox
import Foundation
import Testing

/// The release endpoints: Vobiz `DELETE …/numbers/{digits}` and Plivo `DELETE …/Number/{number}/`.
@Suite struct ReleaseEndpointTests {
    @Test func vobizAnswers204AndTheNumberIsBackInInventory() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.stop() } }
        let stock = try await harness.sandbox.numbersInStock(provider: "vobiz")
        let e164 = try await harness.buyVobizNumber()
        let reply = try await harness.send(.DELETE, "\(Paths.vobiz)/numbers/\(e164.dropFirst())", auth: .vobizMain)
        #expect(reply.status == 204)
        #expect(reply.body.isEmpty)
        #expect(try await !harness.vobizOwns(e164))
        #expect(try await harness.sandbox.numbersInStock(provider: "vobiz") == stock)
        let search = try await harness.send(
            .GET, "\(Paths.vobiz)/inventory/numbers?country=IN&search=\(e164.dropFirst())", auth: .vobizMain)
        #expect((search.object["items"] as? [[String: Any]])?.first?["e164"] as? String == e164, "searchable again")
        #expect(try await harness.sandbox.ledgerIsConsistent())
        let again = try await harness.send(
            .POST, "\(Paths.vobizLower)/numbers/purchase-from-inventory", auth: .vobizMain, body: #"{"e164":"\#(e164)"}"#)
        #expect(again.status == 200, "a released number can be bought again")
        #expect(try await harness.sandbox.ledgerIsConsistent())
    }

    @Test func vobizAnswers200WithAMessageAndReleaseFeeForANumberUnderCommitment() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.stop() } }
        let e164 = try await harness.buyVobizNumber { $0 > 0 }
        let reply = try await harness.send(.DELETE, "\(Paths.vobizLower)/numbers/\(e164.dropFirst())", auth: .vobizMain)
        #expect(reply.status == 200)
        #expect((reply.object["message"] as? String)?.isEmpty == false)
        #expect(reply.object["status"] as? String == "pending_release")
        #expect(reply.object["release_fee"] is NSNumber)
        #expect(reply.object["cooldown_ends_at"] is String)
        #expect(try await !harness.vobizOwns(e164))
    }

    @Test func vobizAnswers403ForANumberTheAccountDoesNotOwn() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.stop() } }
        let stocked = try #require(try await harness.vobizInventory(country: "IN").first?["e164"] as? String)
        let reply = try await harness.send(.DELETE, "\(Paths.vobiz)/numbers/\(stocked.dropFirst())", auth: .vobizMain)
        #expect(reply.status == 403)
        #expect(reply.object["error"] as? String == "forbidden")
        #expect(reply.object["message"] as? String == "account does not own this number")
        #expect(try await harness.sandbox.numbersInStock(provider: "vobiz") > 0)
    }

    @Test func plivoAnswers204AndTheNumberCanBeRentedAgain() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.stop() } }
        let search = try await harness.send(.GET, "\(Paths.plivo)/PhoneNumber/?country_iso=US&limit=1", auth: .plivoMain)
        let number = try #require((search.object["objects"] as? [[String: Any]])?.first?["number"] as? String)
        let stock = try await harness.sandbox.numbersInStock(provider: "plivo")
        #expect(try await harness.send(.POST, "\(Paths.plivo)/PhoneNumber/\(number)/", auth: .plivoMain, body: "{}").status == 201)
        let reply = try await harness.send(.DELETE, "\(Paths.plivo)/Number/\(number)/", auth: .plivoMain)
        #expect(reply.status == 204)
        #expect(try await harness.send(.GET, "\(Paths.plivo)/Number/\(number)/", auth: .plivoMain).status == 404)
        #expect(try await harness.sandbox.numbersInStock(provider: "plivo") == stock)
        #expect(try await harness.send(.DELETE, "\(Paths.plivo)/Number/\(number)/", auth: .plivoMain).status == 404, "not rented any more")
        #expect(try await harness.sandbox.ledgerIsConsistent())
    }

    @Test func anotherAccountCannotReleaseANumber() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.stop() } }
        let e164 = try await harness.buyVobizNumber()
        let reply = try await harness.send(.DELETE, "\(Paths.vobizSub)/numbers/\(e164.dropFirst())", auth: .vobizSub)
        #expect(reply.status == 403, "a sub-account cannot release its main account's number")
        #expect(try await harness.vobizOwns(e164))
    }
}
