import DialtoneSandbox
import Foundation
import GRDB
import Logging
import Testing

/// The sandbox never erases a database that is not its own, and its admin endpoints cannot
/// be driven by a web page.
@Suite struct SandboxSafetyTests {
    private static let quiet = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }

    private func temporaryPath(_ name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dialtone-sandbox-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent(name).path
    }

    private func start(_ path: String) async throws -> RunningSandbox {
        try await SandboxServer.start(SandboxOptions(databasePath: path, numbers: 50, seed: 3), logger: Self.quiet)
    }

    @Test func foreignSQLiteFileIsRefusedAndLeftByteIdentical() async throws {
        let path = try temporaryPath("customers.sqlite")
        let queue = try DatabaseQueue(path: path)
        try await queue.write { db in
            try db.execute(sql: "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers (name) VALUES ('Ada')")
        }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        let error = try await #require(throws: SandboxError.self) { _ = try await start(path) }
        #expect(error.description.contains(path) && error.description.contains("customers"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func fileThatIsNotSQLiteIsRefusedAndLeftByteIdentical() async throws {
        let path = try temporaryPath("notes.txt")
        let before = Data("my notes, not a database\n".utf8)
        try before.write(to: URL(fileURLWithPath: path))
        let error = try await #require(throws: SandboxError.self) { _ = try await start(path) }
        #expect(error.description.contains("not an SQLite database"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func databaseOfAnOlderBuildIsAdoptedAndMarked() async throws {
        let path = try temporaryPath("sandbox.sqlite")
        try await start(path).stop()
        let queue = try DatabaseQueue(path: path)
        try await queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA application_id = 0") }
        try queue.close()

        let sandbox = try await start(path)
        await sandbox.stop()
        let reopened = try DatabaseQueue(path: path)
        let id = try await reopened.read { try Int32.fetchOne($0, sql: "PRAGMA application_id") }
        try reopened.close()
        #expect(id == 0x4449_414C)
    }

    @Test func adminPostsNeedJSONAndRefuseWebPages() async throws {
        let harness = try await SandboxHarness.start(numbers: 50)
        defer { Task { await harness.stop() } }
        let body = #"{"latency_ms":5}"#
        let plain = try await harness.send(.POST, "/_sandbox/faults", headers: [("Content-Type", "text/plain")], body: body)
        #expect(plain.status == 415)
        let fromPage = try await harness.send(.POST, "/_sandbox/faults", headers: [("Origin", "https://evil.example")], body: body)
        #expect(fromPage.status == 403)
        let relabel = try await harness.send(
            .POST, "/_sandbox/relabel", headers: [("Origin", "null")], body: #"{"e164":"+10000000000","city":"x"}"#)
        #expect(relabel.status == 403)
        #expect(harness.sandbox.faults.latencyMilliseconds == 0, "neither refused request changed anything")
        let script = try await harness.send(.POST, "/_sandbox/faults", body: body)
        #expect(script.status == 200 && harness.sandbox.faults.latencyMilliseconds == 5)
    }

    @Test func relabelStoresPlaceNamesVerbatim() async throws {
        let harness = try await SandboxHarness.start(numbers: 200)
        defer { Task { await harness.stop() } }
        let first = try #require(try await harness.vobizInventory(country: "IN").first?["e164"] as? String)
        let hostile = "Ka\u{1B}[2Jrna\u{1B}]52;c;aGk=\u{07}taka\r\u{8}\u{202E}"
        let payload = try JSONSerialization.data(withJSONObject: ["e164": first, "region": hostile])
        let reply = try await harness.send(.POST, "/_sandbox/relabel", body: String(decoding: payload, as: UTF8.self))
        #expect(reply.status == 200)
        let items = try await harness.vobizInventory(country: "IN")
        #expect(items.first { $0["e164"] as? String == first }?["region"] as? String == hostile)
        let missing = try await harness.send(.POST, "/_sandbox/relabel", body: #"{"e164":"+19999999999","region":"x"}"#)
        #expect(missing.status == 404)
    }
}
