import DialtoneSandbox
import Foundation
import Logging
import Testing

@Suite struct SeedDataTests {
    @Test func sameSeedGivesTheSameInventory() async throws {
        let first = try await SandboxHarness.start(numbers: 500)
        let second = try await SandboxHarness.start(numbers: 500)
        let path = "\(Paths.plivo)/PhoneNumber/?country_iso=IN"
        let a = try await first.send(.GET, path, auth: .plivoMain).object["objects"] as? [[String: Any]]
        let b = try await second.send(.GET, path, auth: .plivoMain).object["objects"] as? [[String: Any]]
        #expect(a?.compactMap { $0["number"] as? String } == b?.compactMap { $0["number"] as? String })
        await first.stop()
        await second.stop()
    }

    @Test func inventorySpansTwentyCountriesInTheirOwnCallingCodes() async throws {
        let harness = try await SandboxHarness.start()
        defer { Task { await harness.stop() } }
        let codes = [
            "US": "+1", "CA": "+1", "IN": "+91", "GB": "+44", "DE": "+49", "FR": "+33", "AU": "+61", "BR": "+55",
            "SG": "+65", "JP": "+81", "ZA": "+27", "NL": "+31", "ES": "+34", "IT": "+39", "MX": "+52", "SE": "+46",
            "IE": "+353", "NZ": "+64", "AE": "+971", "PH": "+63",
        ]
        for (country, code) in codes {
            let reply = try await harness.send(.GET, "\(Paths.vobiz)/inventory/numbers?country=\(country)", auth: .vobizMain)
            let numbers = (reply.object["items"] as? [[String: Any]] ?? []).compactMap { $0["e164"] as? String }
            #expect(!numbers.isEmpty, "\(country)")
            #expect(numbers.allSatisfy { $0.hasPrefix(code) }, "\(country)")
        }
    }

    @Test func aFileDatabaseIsSeededOnceAndReused() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dialtone-sandbox-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = SandboxOptions.defaultDatabasePath(environment: ["XDG_DATA_HOME": folder.path])
        #expect(path == folder.path + "/dialtone/sandbox.sqlite")
        let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        let options = SandboxOptions(databasePath: path, numbers: 300, seed: 3)
        let first = try await SandboxServer.start(options, logger: logger)
        let e164 = try #require(try await SandboxHarness(sandbox: first).vobizInventory(country: "US").first?["e164"] as? String)
        let bought = try await SandboxHarness(sandbox: first).send(
            .POST, "\(Paths.vobizLower)/numbers/purchase-from-inventory", auth: .vobizMain, body: #"{"e164":"\#(e164)"}"#)
        #expect(bought.status == 200)
        await first.stop()

        let second = try await SandboxServer.start(options, logger: logger)
        let owned = try await SandboxHarness(sandbox: second).send(.GET, "\(Paths.vobiz)/numbers?per_page=100", auth: .vobizMain)
        #expect((owned.object["items"] as? [[String: Any]] ?? []).contains { $0["e164"] as? String == e164 })
        await second.stop()
    }
}
