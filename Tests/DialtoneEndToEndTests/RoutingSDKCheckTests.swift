import DialtoneSandbox
import Foundation
import Testing

/// The official Python SDKs change routing against the sandbox, unchanged: Vobiz's
/// `sip_trunks.list`, `phone_numbers.assign_to_trunk` and `unassign_from_trunk`, Plivo's
/// `applications.list` and `numbers.update`; the sandbox's own lists then show what they did.
/// Where the SDKs come from: ``OfficialSDK``.
@Suite struct RoutingSDKCheckTests {
    private typealias C = SandboxCredentials
    private static let unknownTrunk = "0f4c2a9e-1111-4222-a333-444455556666"

    /// The SDK points every URL at `VOBIZ_API_V1` of each resource's module, read at call time.
    private static let vobizProgram = """
        import importlib, os, sys
        import vobiz
        from vobiz.exceptions import ResourceNotFoundError
        base, assigned, trunk, unassigned, unknown = sys.argv[1:6]
        for module in ("vobiz.resources.numbers", "vobiz.resources.sip_trunks"):
            importlib.import_module(module).VOBIZ_API_V1 = base.rstrip("/") + "/api/v1"
        client = vobiz.RestClient(os.environ["VOBIZ_AUTH_ID"], os.environ["VOBIZ_AUTH_TOKEN"])
        first, second = client.sip_trunks.list(page=1, size=2), client.sip_trunks.list(page=2, size=2)
        print("trunks:", first.total, " ".join(t.trunk_id for t in first.items + second.items))
        print("assign:", client.phone_numbers.assign_to_trunk(assigned, trunk).trunk_group_id)
        print("unassign:", client.phone_numbers.unassign_from_trunk(unassigned).message)
        try:
            client.phone_numbers.assign_to_trunk(assigned, unknown)
            raise SystemExit("an unknown trunk must be refused")
        except ResourceNotFoundError as error:
            print("unknown trunk refused:", error)
        """

    /// Application requests are "voice" requests, whose base URL is `API_VOICE_BASE_URI` (and two
    /// fallbacks after a 5xx); every other request's is `PLIVO_API_BASE_URI`.
    private static let plivoProgram = """
        import os, sys
        import plivo
        import plivo.rest.client as rest_client
        base, updated, detached = sys.argv[1:4]
        for name in ("PLIVO_API_BASE_URI", "API_VOICE_BASE_URI", "API_VOICE_BASE_URI_FALLBACK_1", "API_VOICE_BASE_URI_FALLBACK_2"):
            setattr(rest_client, name, base.rstrip("/") + "/v1/Account")
        client = plivo.RestClient(os.environ["PLIVO_AUTH_ID"], os.environ["PLIVO_AUTH_TOKEN"])
        apps = client.applications.list()
        page = client.applications.list(limit=1, offset=2)
        print("applications:", apps.meta["total_count"], " ".join(a.app_id for a in apps.objects), "page:", page.objects[0].app_id)
        print("update:", client.numbers.update(updated, app_id=page.objects[0].app_id, alias="Front desk").message)
        print("detach:", client.numbers.update(detached, app_id="null").message)
        try:
            client.numbers.update(updated, app_id="10000000000000001")
            raise SystemExit("an unknown application must be refused")
        except plivo.exceptions.ResourceNotFoundError as error:
            print("unknown application refused:", error)
        """

    @Test func vobizSDKListsTrunksAssignsAndUnassigns() async throws {
        let fixture = try await SandboxFixture.start(numbers: 300)
        defer { Task { await fixture.sandbox.stop() } }
        let trunks = try await fixture.wireItems("/api/v1/Account/\(C.vobizMainAuthID)/trunks", as: .vobiz, key: "items")
            .compactMap { $0.object["trunk_id"] as? String }
        let owned = try await mainVobizNumbers(fixture)
        let assigned = try #require(owned.first { $0.value != trunks.last }?.key)
        let unassigned = try #require(owned.first { $0.key != assigned && $0.value != nil }?.key)
        let trunk = try #require(trunks.last)

        let output = try await run(.vobiz, Self.vobizProgram, [assigned, trunk, unassigned, Self.unknownTrunk], fixture)
        #expect(output.contains("trunks: 3 \(trunks.joined(separator: " "))\n"), "\(output)")
        #expect(output.contains("assign: \(trunk)\n") && output.contains("unassign: ") && output.contains("unknown trunk refused:"), "\(output)")
        let after = try await mainVobizNumbers(fixture)
        #expect(after[assigned] == .some(trunk), "on the trunk: \(after[assigned] as Any)")
        #expect(after[unassigned] == .some(nil), "on none: \(after[unassigned] as Any)")
    }

    @Test func plivoSDKListsApplicationsAndUpdatesNumbers() async throws {
        let fixture = try await SandboxFixture.start(numbers: 300)
        defer { Task { await fixture.sandbox.stop() } }
        let apps = try await fixture.wireItems("/v1/Account/\(C.plivoMainAuthID)/Application/", as: .plivo, key: "objects").map(\.object)
        let rented = try await fixture.wireItems("/v1/Account/\(C.plivoMainAuthID)/Number/", as: .plivo, key: "objects").map(\.object)
            .filter { $0["sub_account"] is NSNull }
        let updated = try #require(rented.first?["number"] as? String)
        let detached = try #require(rented.dropFirst().first { $0["application"] is String }?["number"] as? String)

        let output = try await run(.plivo, Self.plivoProgram, [updated, detached], fixture)
        let ids = apps.compactMap { $0["app_id"] as? String }
        #expect(output.contains("applications: 3 \(ids.joined(separator: " ")) page: \(ids[2])\n"), "\(output)")
        #expect(output.contains("update: changed\n") && output.contains("detach: changed\n"), "\(output)")
        #expect(output.contains("unknown application refused:"), "\(output)")
        let one = try await number(updated, fixture)
        #expect(one["application"] as? String == apps[2]["resource_uri"] as? String && one["alias"] as? String == "Front desk", "\(one)")
        #expect(try await number(detached, fixture)["application"] is NSNull)
    }

    /// Runs `program` (`python -c`) with the SDK's Python and this sandbox's base URL and
    /// `arguments`, and expects it to exit 0; its output.
    private func run(_ sdk: OfficialSDK, _ program: String, _ arguments: [String], _ fixture: SandboxFixture) async throws -> String {
        guard let python = sdk.python.path else {
            Issue.record("the \(sdk.package) SDK: \(sdk.python.missing)")
            return ""
        }
        let runner = try CLIRunner(executable: python, extra: fixture.environment(only: sdk.provider))
        let result = try await runner.run(["-c", program, fixture.sandbox.baseURL] + arguments)
        #expect(result.status == 0, "the \(sdk.package) SDK failed:\n\(result.stdout)\(result.stderr)")
        return result.stdout + result.stderr
    }

    /// The main Vobiz account's own numbers and their trunks (`nil` for none).
    private func mainVobizNumbers(_ fixture: SandboxFixture) async throws -> [String: String?] {
        let items = try await fixture.vobizOwnedItems().map(\.object)
            .filter { ($0["account_id"] ?? $0["auth_id"]) as? String == C.vobizMainAuthID }
        return Dictionary(items.compactMap { item in (item["e164"] as? String).map { ($0, item["trunk_group_id"] as? String) } },
                          uniquingKeysWith: { first, _ in first })
    }

    private func number(_ number: String, _ fixture: SandboxFixture) async throws -> [String: Any] {
        let text = try await fixture.wireText("/v1/Account/\(C.plivoMainAuthID)/Number/\(number)/", as: .plivo)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
}
