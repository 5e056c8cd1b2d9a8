import DialtoneSandbox
import Foundation
import Testing

/// Vobiz routing over HTTP: `GET …/trunks` and `POST`/`DELETE …/numbers/{number}/assign`
/// (PROVIDERS.md, "Routing"), under both casings, with the owned list as the state they change.
@Suite struct VobizRoutingEndpointTests {
    private static let unknownTrunk = "0f4c2a9e-1111-4222-a333-444455556666"

    @Test func trunksListTheAccountsOwnTrunksPagedByPageAndSize() async throws {
        let harness = try await SandboxHarness.start(numbers: 300)
        defer { Task { await harness.stop() } }
        let all = try await harness.send(.GET, "\(Paths.vobiz)/trunks", auth: .vobizMain)
        #expect(all.status == 200)
        #expect(all.object["page"] as? Int == 1 && all.object["per_page"] as? Int == 20 && all.object["total"] as? Int == 3)
        let items = try #require(all.object["items"] as? [[String: Any]])
        #expect(items.map { $0["name"] as? String } == ["Mumbai PBX", "Bengaluru contact centre", "Twilio SIP bridge"])
        for item in items {
            let id = try #require(item["trunk_id"] as? String)
            #expect(UUID(uuidString: id) != nil && item["trunk_group_id"] as? String == id, "\(item)")
            #expect((item["trunk_domain"] as? String)?.hasSuffix(".sip.vobiz.ai") == true && item["status"] as? String == "active")
            #expect(item["created_at"] is String && item["account_id"] as? String == SandboxCredentials.vobizMainAuthID)
        }
        let second = try await harness.send(.GET, "\(Paths.vobizLower)/trunks?page=2&size=2", auth: .vobizMain)
        #expect(second.object["page"] as? Int == 2 && second.object["per_page"] as? Int == 2 && second.object["total"] as? Int == 3)
        #expect((second.object["items"] as? [[String: Any]])?.map { $0["trunk_id"] as? String } == [items[2]["trunk_id"] as? String])
        let past = try await harness.send(.GET, "\(Paths.vobiz)/trunks?page=3&size=2", auth: .vobizMain)
        #expect((past.object["items"] as? [Any])?.isEmpty == true && past.object["total"] as? Int == 3)

        let lower = try await harness.send(.GET, "\(Paths.vobizLower)/trunks", auth: .vobizMain)
        #expect(lower.text == all.text, "both casings answer the same")
        let sub = try await harness.vobizTrunks(.vobizSub)
        #expect(sub.count == 1 && !items.contains { $0["trunk_id"] as? String == sub[0]["trunk_id"] as? String })
        #expect(try await harness.send(.GET, "\(Paths.vobiz)/trunks?size=101", auth: .vobizMain).status == 400)
        #expect(try await harness.send(.GET, "\(Paths.vobiz)/trunks", auth: .vobizWrongToken).status == 401)
    }

    @Test func assignPutsTheNumberOnTheTrunkInEveryNumberFormAndCasing() async throws {
        let harness = try await SandboxHarness.start(numbers: 300)
        defer { Task { await harness.stop() } }
        let trunks = try await harness.vobizTrunks().compactMap { $0["trunk_id"] as? String }
        let numbers = try await harness.vobizOwned().keys.sorted()
        #expect(numbers.count >= 3)
        let forms = [("\(Paths.vobiz)", { (e164: String) in String(e164.dropFirst()) }),
                     ("\(Paths.vobizLower)", { (e164: String) in e164 }),
                     ("\(Paths.vobiz)", { (e164: String) in "%2B" + e164.dropFirst() })]
        for ((root, form), (e164, trunk)) in zip(forms, zip(numbers, trunks.reversed())) {
            let reply = try await harness.send(
                .POST, "\(root)/numbers/\(form(e164))/assign", auth: .vobizMain, body: #"{"trunk_group_id":"\#(trunk)"}"#)
            #expect(reply.status == 200, "\(reply.text)")
            #expect((reply.object["message"] as? String)?.isEmpty == false)
            #expect(reply.object["trunk_group_id"] as? String == trunk && reply.object["e164"] as? String == e164)
            #expect(try await harness.vobizOwned()[e164]?["trunk_group_id"] as? String == trunk, "the owned list shows it")
            let again = try await harness.send(
                .POST, "\(root)/numbers/\(form(e164))/assign", auth: .vobizMain, body: #"{"trunk_group_id":"\#(trunk.uppercased())"}"#)
            #expect(again.status == 200 && again.object["trunk_group_id"] as? String == trunk, "assigning again is no error")
        }
    }

    @Test func unassignTakesTheNumberOffItsTrunkAndAgainIsNoError() async throws {
        let harness = try await SandboxHarness.start(numbers: 300)
        defer { Task { await harness.stop() } }
        let (e164, _) = try #require(try await harness.vobizOwned().first { $0.value["trunk_group_id"] is String })
        for root in [Paths.vobizLower, Paths.vobiz] {
            let reply = try await harness.send(.DELETE, "\(root)/numbers/\(e164)/assign", auth: .vobizMain)
            #expect(reply.status == 200, "\(reply.text)")
            #expect((reply.object["message"] as? String)?.isEmpty == false && reply.object["trunk_group_id"] is NSNull)
            let listed = try #require(try await harness.vobizOwned()[e164])
            #expect(listed["trunk_group_id"] is NSNull, "listed with no trunk: \(listed)")
        }
    }

    @Test func refusalsChangeNothing() async throws {
        let harness = try await SandboxHarness.start(numbers: 300, releaseCooldown: .seconds(3_600))
        defer { Task { await harness.stop() } }
        let trunks = try await harness.vobizTrunks().compactMap { $0["trunk_id"] as? String }
        let subTrunk = try #require(try await harness.vobizTrunks(.vobizSub).first?["trunk_id"] as? String)
        let before = try await harness.vobizOwned()
        let e164 = try #require(before.keys.sorted().first)
        let stocked = try #require(try await harness.vobizInventory(country: "IN").first?["e164"] as? String)
        let assign = { (number: String, body: String) in
            try await harness.send(.POST, "\(Paths.vobiz)/numbers/\(number.dropFirst())/assign", auth: .vobizMain, body: body)
        }
        for (number, body, status) in [
            (stocked, #"{"trunk_group_id":"\#(trunks[0])"}"#, 404),
            (e164, #"{"trunk_group_id":"\#(Self.unknownTrunk)"}"#, 404),
            (e164, #"{"trunk_group_id":"\#(subTrunk)"}"#, 404),
            (e164, #"{}"#, 400),
            (e164, #"{"trunk_group_id":"  "}"#, 400),
            (e164, #"{"trunk_group_id":null}"#, 400),
            (e164, #"{"trunk_group_id":7}"#, 400),
        ] {
            let reply = try await assign(number, body)
            #expect(reply.status == status, "\(body): \(reply.text)")
            #expect(reply.object["error"] as? String == (status == 404 ? "not found" : "bad request"), "Vobiz's error form: \(reply.text)")
            #expect((reply.object["message"] as? String)?.isEmpty == false)
        }
        #expect(try await harness.send(.DELETE, "\(Paths.vobiz)/numbers/\(stocked.dropFirst())/assign", auth: .vobizMain).status == 404)
        #expect(try await harness.send(.DELETE, "\(Paths.vobiz)/numbers/12/assign", auth: .vobizMain).status == 400)
        let after = try await harness.vobizOwned()
        #expect(after.mapValues { $0["trunk_group_id"] as? String } == before.mapValues { $0["trunk_group_id"] as? String }, "unchanged")

        let bought = try await harness.buyVobizNumber()
        #expect(try await assign(bought, #"{"trunk_group_id":"\#(trunks[0])"}"#).status == 200)
        #expect(try await harness.send(.DELETE, "\(Paths.vobiz)/numbers/\(bought.dropFirst())", auth: .vobizMain).status == 200)
        let pending = try await assign(bought, #"{"trunk_group_id":"\#(trunks[1])"}"#)
        #expect(pending.status == 409 && pending.object["error"] as? String == "conflict", "\(pending.text)")
        #expect(try await harness.send(.DELETE, "\(Paths.vobiz)/numbers/\(bought.dropFirst())/assign", auth: .vobizMain).status == 409)
        let listed = try #require(try await harness.vobizOwned()[bought])
        #expect(listed["status"] as? String == "pending_release" && listed["trunk_group_id"] as? String == trunks[0], "\(listed)")
    }

    @Test func aSubAccountsNumberTakesItsOwnTrunkOrItsParents() async throws {
        let harness = try await SandboxHarness.start(numbers: 300)
        defer { Task { await harness.stop() } }
        let mainTrunk = try #require(try await harness.vobizTrunks().first?["trunk_id"] as? String)
        let subTrunk = try #require(try await harness.vobizTrunks(.vobizSub).first?["trunk_id"] as? String)
        let e164 = try #require(try await harness.vobizOwned(.vobizSub).keys.sorted().first)
        let byParent = try await harness.send(
            .POST, "\(Paths.vobiz)/numbers/\(e164.dropFirst())/assign", auth: .vobizMain, body: #"{"trunk_group_id":"\#(subTrunk)"}"#)
        #expect(byParent.status == 200, "\(byParent.text)")
        let bySub = try await harness.send(
            .POST, "\(Paths.vobizSub)/numbers/\(e164.dropFirst())/assign", auth: .vobizSub, body: #"{"trunk_group_id":"\#(mainTrunk)"}"#)
        #expect(bySub.status == 404, "a sub-account cannot use its parent's trunk: \(bySub.text)")
        #expect(try await harness.vobizOwned(.vobizSub)[e164]?["trunk_group_id"] as? String == subTrunk)
    }

    @Test func aReleasedNumberLeavesItsTrunkBehind() async throws {
        let harness = try await SandboxHarness.start(numbers: 300)
        defer { Task { await harness.stop() } }
        let trunk = try #require(try await harness.vobizTrunks().first?["trunk_id"] as? String)
        let e164 = try await harness.buyVobizNumber()
        #expect(try await harness.vobizOwned()[e164]?["trunk_group_id"] is NSNull, "a number bought is on no trunk")
        let path = "\(Paths.vobiz)/numbers/\(e164.dropFirst())"
        #expect(try await harness.send(.POST, "\(path)/assign", auth: .vobizMain, body: #"{"trunk_group_id":"\#(trunk)"}"#).status == 200)
        #expect(try await harness.send(.DELETE, path, auth: .vobizMain).status == 204)
        let again = try await harness.send(
            .POST, "\(Paths.vobiz)/numbers/purchase-from-inventory", auth: .vobizMain, body: #"{"e164":"\#(e164)"}"#)
        #expect(again.status == 200)
        #expect(try await harness.vobizOwned()[e164]?["trunk_group_id"] is NSNull, "bought again, on no trunk")
    }
}
