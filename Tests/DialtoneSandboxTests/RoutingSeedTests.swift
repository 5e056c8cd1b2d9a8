import DialtoneSandbox
import Foundation
import Logging
import Testing

/// Seeded routing: about two thirds of owned Vobiz numbers on one of their account's trunks and
/// of rented Plivo numbers answering with one of their account's applications, the rest on none;
/// the same for the same seed.
@Suite struct RoutingSeedTests {
    private func start(seed: UInt64) async throws -> SandboxHarness {
        let options = SandboxOptions(databasePath: ":memory:", numbers: 300, owned: 150, seed: seed)
        return SandboxHarness(sandbox: try await SandboxServer.start(options, logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }))
    }

    /// Every owned Vobiz number's trunk ("" for none) and rented Plivo number's application, by number.
    private func routing(_ harness: SandboxHarness) async throws -> (vobiz: [String: String], plivo: [String: String]) {
        var vobiz: [String: String] = [:]
        for page in 1...3 {
            let reply = try await harness.send(.GET, "\(Paths.vobiz)/numbers?per_page=100&page=\(page)", auth: .vobizMain)
            for item in reply.object["items"] as? [[String: Any]] ?? [] {
                vobiz[item["e164"] as? String ?? "?"] = item["trunk_group_id"] as? String ?? ""
            }
        }
        var plivo: [String: String] = [:]
        for offset in stride(from: 0, to: 200, by: 20) {
            let reply = try await harness.send(.GET, "\(Paths.plivo)/Number/?offset=\(offset)", auth: .plivoMain)
            for item in reply.object["objects"] as? [[String: Any]] ?? [] {
                plivo[item["number"] as? String ?? "?"] = item["application"] as? String ?? ""
            }
        }
        return (vobiz, plivo)
    }

    @Test func twoThirdsAreRoutedToTheirAccountsOwnTrunksAndApplications() async throws {
        let harness = try await start(seed: 5)
        defer { Task { await harness.stop() } }
        let (vobiz, plivo) = try await routing(harness)
        let trunks = Set(try await harness.vobizTrunks().compactMap { $0["trunk_id"] as? String })
        let mainApps = try await harness.plivoApplications()
        let subApps = try await harness.plivoApplications(.plivoSub)
        let apps = Set((mainApps + subApps).compactMap { $0["resource_uri"] as? String })
        #expect(vobiz.count > 150 && plivo.count > 150)
        for (name, routes, known) in [("vobiz", vobiz, trunks), ("plivo", plivo, apps)] {
            let routed = routes.values.filter { !$0.isEmpty }
            let share = Double(routed.count) / Double(routes.count)
            #expect((0.55...0.78).contains(share), "\(name): \(routed.count) of \(routes.count) routed")
            #expect(Set(routed).isSubset(of: known), "\(name) routes only to its accounts' own: \(Set(routed).subtracting(known))")
        }
        #expect(Set(vobiz.values.filter { !$0.isEmpty }) == trunks, "every trunk carries numbers")
    }

    @Test func theSameSeedRoutesTheSameNumbersTheSameWay() async throws {
        let first = try await start(seed: 9)
        let second = try await start(seed: 9)
        let (one, two) = (try await routing(first), try await routing(second))
        await first.stop()
        await second.stop()
        #expect(one.vobiz == two.vobiz && one.plivo == two.plivo)
    }
}
