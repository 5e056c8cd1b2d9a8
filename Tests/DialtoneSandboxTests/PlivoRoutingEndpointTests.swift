import DialtoneSandbox
import Foundation
import Testing

/// Plivo routing over HTTP: `GET …/Application/`, `POST …/Number/{number}/` and a buy's `app_id`
/// (PROVIDERS.md, "Routing"), with the rented numbers as the state they change.
@Suite struct PlivoRoutingEndpointTests {
    @Test func applicationsArePagedWithMetaLikeEveryPlivoList() async throws {
        let harness = try await SandboxHarness.start(numbers: 300)
        defer { Task { await harness.stop() } }
        let all = try await harness.send(.GET, "\(Paths.plivo)/Application/", auth: .plivoMain)
        #expect(all.status == 200)
        let meta = try #require(all.object["meta"] as? [String: Any])
        #expect(meta["limit"] as? Int == 20 && meta["offset"] as? Int == 0 && meta["total_count"] as? Int == 3)
        #expect(meta["next"] is NSNull && meta["previous"] is NSNull && all.object["api_id"] is String)
        let apps = try #require(all.object["objects"] as? [[String: Any]])
        #expect(apps.map { $0["app_name"] as? String } == ["Support IVR", "Sales queue", "Voicemail"])
        for app in apps {
            let id = try #require(app["app_id"] as? String)
            #expect(id.count == 17 && id.allSatisfy(\.isNumber), "\(app)")
            #expect(app["resource_uri"] as? String == "/v1/Account/\(SandboxCredentials.plivoMainAuthID)/Application/\(id)/")
            #expect((app["answer_url"] as? String)?.hasPrefix("https://") == true && app["answer_method"] as? String == "POST")
            #expect(app["default_number_app"] as? Bool == false && app["sub_account"] is NSNull)
        }
        let first = try await harness.send(.GET, "\(Paths.plivo)/Application/?limit=2", auth: .plivoMain)
        let firstMeta = try #require(first.object["meta"] as? [String: Any])
        #expect((first.object["objects"] as? [Any])?.count == 2)
        #expect(firstMeta["next"] as? String == "\(Paths.plivo)/Application/?limit=2&offset=2" && firstMeta["previous"] is NSNull)
        let last = try await harness.send(.GET, "\(Paths.plivo)/Application/?limit=2&offset=2", auth: .plivoMain)
        let lastMeta = try #require(last.object["meta"] as? [String: Any])
        #expect((last.object["objects"] as? [[String: Any]])?.map { $0["app_id"] as? String } == [apps[2]["app_id"] as? String])
        #expect(lastMeta["next"] is NSNull && lastMeta["previous"] as? String == "\(Paths.plivo)/Application/?limit=2&offset=0")

        let sub = try await harness.send(
            .GET, "\(Paths.plivo)/Application/?subaccount=\(SandboxCredentials.plivoSubAuthID)", auth: .plivoMain)
        let subApps = try #require(sub.object["objects"] as? [[String: Any]])
        #expect(subApps.count == 2 && subApps.allSatisfy { $0["sub_account"] as? String == SandboxCredentials.plivoSubAuthID })
        #expect(try await harness.plivoApplications(.plivoSub).map { $0["app_id"] as? String } == subApps.map { $0["app_id"] as? String })
        #expect(try await harness.send(.GET, "\(Paths.plivo)/Application/?subaccount=SAOTHER", auth: .plivoMain).status == 400)
        #expect(try await harness.send(.GET, "\(Paths.plivo)/Application/?limit=21", auth: .plivoMain).status == 400)
        #expect(try await harness.send(.GET, "\(Paths.plivo)/Application", auth: .plivoMain).status == 404, "Plivo paths end with /")
        #expect(try await harness.send(.GET, "\(Paths.plivo)/Application/", auth: .plivoWrongToken).status == 401)
    }

    @Test func updateAttachesAnApplicationAndAnAliasFromJSONOrAForm() async throws {
        let harness = try await SandboxHarness.start(numbers: 300)
        defer { Task { await harness.stop() } }
        let apps = try await harness.plivoApplications()
        let numbers = try await harness.plivoRented().filter { $0.value["sub_account"] is NSNull }.keys.sorted()
        #expect(numbers.count >= 2)
        let json = try await harness.send(
            .POST, "\(Paths.plivo)/Number/\(numbers[0])/", auth: .plivoMain, body: #"{"app_id":"\#(apps[2]["app_id"]!)","alias":"Front desk"}"#)
        #expect(json.status == 202, "\(json.text)")
        #expect(json.object["message"] as? String == "changed" && json.object["api_id"] is String)
        let form = try await harness.send(
            .POST, "\(Paths.plivo)/Number/\(numbers[1])/", auth: .plivoMain,
            headers: [("Content-Type", "application/x-www-form-urlencoded")], body: "app_id=\(apps[1]["app_id"]!)&alias=Night+line%21")
        #expect(form.status == 202, "\(form.text)")

        for (number, app, alias) in [(numbers[0], apps[2], "Front desk"), (numbers[1], apps[1], "Night line!")] {
            let one = try await harness.plivoNumber(number)
            #expect(one["application"] as? String == app["resource_uri"] as? String && one["alias"] as? String == alias, "\(one)")
            let listed = try #require(try await harness.plivoRented()[number])
            #expect(listed["application"] as? String == app["resource_uri"] as? String && listed["alias"] as? String == alias)
        }
        let aliasOnly = try await harness.send(.POST, "\(Paths.plivo)/Number/\(numbers[0])/", auth: .plivoMain, body: #"{"alias":"Reception"}"#)
        #expect(aliasOnly.status == 202)
        let kept = try await harness.plivoNumber(numbers[0])
        #expect(kept["application"] as? String == apps[2]["resource_uri"] as? String && kept["alias"] as? String == "Reception",
                "a field not sent is left as it is")
    }

    @Test func appIDSentAsNullTheStringNullOrEmptyDetaches() async throws {
        let harness = try await SandboxHarness.start(numbers: 300)
        defer { Task { await harness.stop() } }
        let app = try #require(try await harness.plivoApplications().first)
        let number = try #require(try await harness.plivoRented().filter { $0.value["sub_account"] is NSNull }.keys.sorted().first)
        let path = "\(Paths.plivo)/Number/\(number)/"
        let attach = #"{"app_id":"\#(app["app_id"]!)","alias":"Desk"}"#
        let detaches: [(String, [(String, String)])] = [
            (#"{"app_id":null}"#, []), (#"{"app_id":"null"}"#, []), (#"{"app_id":""}"#, []),
            ("app_id=null", [("Content-Type", "application/x-www-form-urlencoded")]),
            (#"{"app_id":""}"#, [("Content-Type", "application/x-www-form-urlencoded")]),  // `curl -d` says form
        ]
        for (body, headers) in detaches {
            #expect(try await harness.send(.POST, path, auth: .plivoMain, body: attach).status == 202)
            #expect(try await harness.plivoNumber(number)["application"] as? String == app["resource_uri"] as? String)
            let reply = try await harness.send(.POST, path, auth: .plivoMain, headers: headers, body: body)
            #expect(reply.status == 202, "\(body): \(reply.text)")
            let one = try await harness.plivoNumber(number)
            #expect(one["application"] is NSNull && one["alias"] as? String == "Desk", "\(body) detaches only: \(one)")
        }
    }

    @Test func refusalsChangeNothing() async throws {
        let harness = try await SandboxHarness.start(numbers: 300)
        defer { Task { await harness.stop() } }
        let apps = try await harness.plivoApplications()
        let subApp = try #require(try await harness.plivoApplications(.plivoSub).first)
        let before = try await harness.plivoRented()
        let number = try #require(before.filter { $0.value["sub_account"] is NSNull }.keys.sorted().first)
        let search = try await harness.send(.GET, "\(Paths.plivo)/PhoneNumber/?country_iso=US&limit=1", auth: .plivoMain)
        let stocked = try #require((search.object["objects"] as? [[String: Any]])?.first?["number"] as? String)
        for (target, body, status) in [
            (number, #"{"app_id":"10000000000000001"}"#, 404),
            (number, #"{"app_id":"\#(subApp["app_id"]!)"}"#, 404),
            (stocked, #"{"app_id":"\#(apps[0]["app_id"]!)"}"#, 404),
            ("12", #"{"alias":"x"}"#, 404),
            (number, #"{"app_id":"\#(apps[0]["app_id"]!)","subaccount":"\#(SandboxCredentials.plivoSubAuthID)"}"#, 400),
            (number, #"{"app_id":["\#(apps[0]["app_id"]!)"]}"#, 400),
            (number, "not json", 400),
        ] {
            let reply = try await harness.send(.POST, "\(Paths.plivo)/Number/\(target)/", auth: .plivoMain, body: body)
            #expect(reply.status == status, "\(body): \(reply.text)")
            #expect(reply.object["api_id"] is String && (reply.object["error"] as? String)?.isEmpty == false, "Plivo's error form: \(reply.text)")
        }
        #expect(try await harness.send(.POST, "\(Paths.plivo)/Number/\(number)/", auth: .plivoWrongToken, body: "{}").status == 401)
        let after = try await harness.plivoRented()
        #expect(after.mapValues { "\($0["application"] ?? "")|\($0["alias"] ?? "")" } == before.mapValues { "\($0["application"] ?? "")|\($0["alias"] ?? "")" })
    }

    @Test func aSubAccountsNumberTakesItsOwnApplicationOrItsParents() async throws {
        let harness = try await SandboxHarness.start(numbers: 300)
        defer { Task { await harness.stop() } }
        let mainApp = try #require(try await harness.plivoApplications().first)
        let subApp = try #require(try await harness.plivoApplications(.plivoSub).first)
        let number = try #require(try await harness.plivoRented(.plivoSub).keys.sorted().first)
        let byParent = try await harness.send(
            .POST, "\(Paths.plivo)/Number/\(number)/", auth: .plivoMain, body: #"{"app_id":"\#(subApp["app_id"]!)"}"#)
        #expect(byParent.status == 202, "\(byParent.text)")
        let bySub = try await harness.send(
            .POST, "\(Paths.plivoSub)/Number/\(number)/", auth: .plivoSub, body: #"{"app_id":"\#(mainApp["app_id"]!)"}"#)
        #expect(bySub.status == 404, "a sub-account cannot use its parent's application: \(bySub.text)")
        #expect(try await harness.plivoNumber(number, .plivoSub)["application"] as? String == subApp["resource_uri"] as? String)
    }

    @Test func buyAttachesTheApplicationAndAnUnknownOneSellsNothing() async throws {
        let harness = try await SandboxHarness.start(numbers: 300)
        defer { Task { await harness.stop() } }
        let app = try #require(try await harness.plivoApplications().last)
        let search = try await harness.send(.GET, "\(Paths.plivo)/PhoneNumber/?country_iso=US&limit=2", auth: .plivoMain)
        let stock = try #require((search.object["objects"] as? [[String: Any]])?.compactMap { $0["number"] as? String })
        #expect(stock.count == 2)
        let credits = try await harness.sandbox.balance(account: SandboxCredentials.plivoMainAuthID, currency: "USD")
        let inStock = try await harness.sandbox.numbersInStock(provider: "plivo")

        let unknown = try await harness.send(.POST, "\(Paths.plivo)/PhoneNumber/\(stock[0])/", auth: .plivoMain, body: #"{"app_id":"10000000000000001"}"#)
        #expect(unknown.status == 404 && (unknown.object["error"] as? String)?.contains("application") == true, "\(unknown.text)")
        #expect(try await harness.sandbox.balance(account: SandboxCredentials.plivoMainAuthID, currency: "USD") == credits, "nothing charged")
        #expect(try await harness.sandbox.numbersInStock(provider: "plivo") == inStock, "nothing sold")
        #expect(try await harness.send(.GET, "\(Paths.plivo)/Number/\(stock[0])/", auth: .plivoMain).status == 404)

        let bought = try await harness.send(.POST, "\(Paths.plivo)/PhoneNumber/\(stock[0])/", auth: .plivoMain, body: #"{"app_id":"\#(app["app_id"]!)"}"#)
        #expect(bought.status == 201, "\(bought.text)")
        #expect(try await harness.plivoNumber(stock[0])["application"] as? String == app["resource_uri"] as? String)
        #expect(try await harness.send(.POST, "\(Paths.plivo)/PhoneNumber/\(stock[1])/", auth: .plivoMain, body: "{}").status == 201)
        #expect(try await harness.plivoNumber(stock[1])["application"] is NSNull, "bought without one, it has none")
        #expect(try await harness.sandbox.ledgerIsConsistent())
    }
}
