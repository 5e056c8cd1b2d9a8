import DialtoneSandbox
import Foundation
import Testing

/// The commit faults of routing changes (`drop_routing_after_commit`,
/// `gateway_timeout_routing_after_commit`): the change is made, its answer lost; counted apart
/// from the purchase faults.
@Suite struct RoutingFaultTests {
    @Test func aDroppedAssignIsCommittedButUnanswered() async throws {
        let harness = try await SandboxHarness.start(numbers: 300)
        defer { Task { await harness.stop() } }
        let trunk = try #require(try await harness.vobizTrunks().last?["trunk_id"] as? String)
        let e164 = try #require(try await harness.vobizOwned().first { $0.value["trunk_group_id"] as? String != trunk }?.key)
        let set = try await harness.send(.POST, "/_sandbox/faults", body: #"{"drop_routing_after_commit":1}"#)
        #expect(set.status == 200 && set.object["drop_routing_after_commit"] as? Int == 1, "\(set.text)")
        await #expect(throws: (any Error).self) {
            _ = try await harness.send(
                .POST, "\(Paths.vobizLower)/numbers/\(e164)/assign", auth: .vobizMain, body: #"{"trunk_group_id":"\#(trunk)"}"#)
        }
        #expect(try await harness.vobizOwned()[e164]?["trunk_group_id"] as? String == trunk, "committed")
        #expect(harness.sandbox.faults.dropRoutingAfterCommit == 0)
        #expect(try await harness.send(.DELETE, "\(Paths.vobizLower)/numbers/\(e164)/assign", auth: .vobizMain).status == 200, "used up")
    }

    @Test func aTimedOutNumberUpdateIsCommittedAndPurchasesAreNotFaulted() async throws {
        let harness = try await SandboxHarness.start(numbers: 300)
        defer { Task { await harness.stop() } }
        let app = try #require(try await harness.plivoApplications().first)
        let number = try #require(try await harness.plivoRented().filter { $0.value["sub_account"] is NSNull }.keys.sorted().first)
        harness.sandbox.setFaults(SandboxFaults(gatewayTimeoutRoutingAfterCommit: 1))
        let e164 = try await harness.buyVobizNumber()
        #expect(try await harness.vobizOwned()[e164] != nil, "a purchase is answered as usual")
        let reply = try await harness.send(.POST, "\(Paths.plivo)/Number/\(number)/", auth: .plivoMain, body: #"{"app_id":"\#(app["app_id"]!)"}"#)
        #expect(reply.status == 504 && reply.object["message"] as? String == "Endpoint request timed out", "\(reply.text)")
        #expect(try await harness.plivoNumber(number)["application"] as? String == app["resource_uri"] as? String, "committed")
        #expect(harness.sandbox.faults.gatewayTimeoutRoutingAfterCommit == 0)
    }
}
