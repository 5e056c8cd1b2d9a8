import DialtoneCore
import DialtoneSandbox
import Foundation
import Logging
import Synchronization
import Testing

/// The Vobiz and Plivo owned lists over HTTP against a sandbox seeded with hundreds of owned
/// numbers: every page is read to the server's total (the last page short), a 429 in the middle
/// slows the read without losing a page, and a page that keeps failing leaves the list partial.
@Suite struct OwnedPagingContractTests {
    /// No transport retries, so the pager's own handling is what is tested.
    private static let transport = HTTPTransport(policy: .none, requestTimeout: .seconds(10), sleep: { _ in })

    private static func start(owned: Int) async throws -> RunningSandbox {
        try await SandboxServer.start(
            SandboxOptions(databasePath: ":memory:", numbers: 500, owned: owned, seed: 7),
            logger: Logger(label: "sandbox", factory: { _ in SwiftLogNoOpLogHandler() }))
    }

    private static func vobiz(_ sandbox: RunningSandbox) -> VobizClient {
        VobizClient(credentials: ProviderCredentials(
            provider: .vobiz, authID: SandboxCredentials.vobizMainAuthID, token: Secret(SandboxCredentials.vobizMainToken),
            baseURL: sandbox.baseURL), transport: transport)
    }

    private static func plivo(_ sandbox: RunningSandbox) -> PlivoClient {
        PlivoClient(credentials: ProviderCredentials(
            provider: .plivo, authID: SandboxCredentials.plivoMainAuthID, token: Secret(SandboxCredentials.plivoMainToken),
            baseURL: sandbox.baseURL), transport: transport)
    }

    /// The `total` the sandbox states for the Vobiz main account's list (with sub-accounts), read with one raw request.
    private static func vobizTotal(_ sandbox: RunningSandbox) async throws -> Int {
        let url = "\(sandbox.baseURL)/api/v1/Account/\(SandboxCredentials.vobizMainAuthID)/numbers?per_page=1&include_subaccounts=true"
        let request = WireRequest(method: .get, url: url, headers: [
            .init("X-Auth-ID", SandboxCredentials.vobizMainAuthID), .init("X-Auth-Token", SandboxCredentials.vobizMainToken),
        ])
        let response = try await HTTPTransport().fetch(request, provider: .vobiz)
        let object = try #require(try JSONSerialization.jsonObject(with: response.body) as? [String: Any])
        return try #require(object["total"] as? Int)
    }

    /// Pages handed over, in order of arrival.
    private final class Pages: Sendable {
        private let seen = Mutex<[(count: Int, progress: ListProgress)]>([])
        func add(_ count: Int, _ progress: ListProgress) { seen.withLock { $0.append((count, progress)) } }
        var all: [(count: Int, progress: ListProgress)] { seen.withLock { $0 } }
    }

    @Test func vobizReadsEveryPageToTheTotalWithTheLastPageShort() async throws {
        let sandbox = try await Self.start(owned: 250)
        let total = try await Self.vobizTotal(sandbox)
        let pages = Pages()
        let list = try await Self.vobiz(sandbox).ownedNumberList(.all) { numbers, progress in pages.add(numbers.count, progress) }
        await sandbox.stop()
        #expect(total > 250 && total % 100 != 0, "the seeded list ends on a short page")
        #expect(list.incompleteReason == nil)
        #expect(list.numbers.count == total && Set(list.numbers.map(\.e164)).count == total)
        #expect(pages.all.count == 3 && pages.all.map(\.count).reduce(0, +) == total)
        #expect(pages.all.allSatisfy { $0.progress.pagesTotal == 3 })
        #expect(pages.all.last?.progress == ListProgress(pagesRead: 3, pagesTotal: 3))
    }

    @Test func plivoReadsEveryPageToTheTotalCount() async throws {
        let sandbox = try await Self.start(owned: 50)
        let list = try await Self.plivo(sandbox).ownedNumberList(.all)
        let active = try await Self.plivo(sandbox).ownedNumberList(OwnedQuery(activeOnly: true))
        await sandbox.stop()
        #expect(list.incompleteReason == nil)
        #expect(list.numbers.count > 50 && list.numbers.count % 20 != 0, "three pages of 20, the last short")
        #expect(Set(list.numbers.map(\.e164)).count == list.numbers.count)
        #expect(active.numbers.count == list.numbers.filter { $0.status == .active }.count)
    }

    @Test func aRateLimitInTheMiddleSlowsTheReadButLosesNoPage() async throws {
        let sandbox = try await Self.start(owned: 250)
        let total = try await Self.vobizTotal(sandbox)
        // Once the first page is in, the next six requests are refused 429 with Retry-After: 1.
        let list = try await Self.vobiz(sandbox).ownedNumberList(.all) { _, progress in
            if progress.pagesRead == 1 { sandbox.setFaults(SandboxFaults(rateLimitBurst: 6, retryAfterSeconds: 1)) }
        }
        let burstLeft = sandbox.faults.rateLimitBurst
        await sandbox.stop()
        #expect(burstLeft == 0, "the 429s were served")
        #expect(list.incompleteReason == nil)
        #expect(list.numbers.count == total && Set(list.numbers.map(\.e164)).count == total)
    }

    @Test func aPageThatKeepsFailingLeavesThePartial() async throws {
        let sandbox = try await Self.start(owned: 250)
        let total = try await Self.vobizTotal(sandbox)
        sandbox.setFaults(SandboxFaults(failMatching: "offset=100&"))
        let list = try await Self.vobiz(sandbox).ownedNumberList(.all)
        await sandbox.stop()
        let reason = try #require(list.incompleteReason)
        #expect(reason.contains("page 2 could not be read") && reason.contains("read \(total - 100) of \(total)"))
        #expect(list.numbers.count == total - 100, "pages 1 and 3 still arrive")
    }

    @Test func aFirstPageThatFailsIsAnErrorNotAnEmptyList() async throws {
        let sandbox = try await Self.start(owned: 10)
        sandbox.setFaults(SandboxFaults(failMatching: "offset=0&"))
        await #expect(throws: DialtoneError.self) { try await Self.vobiz(sandbox).ownedNumberList(.all) }
        await sandbox.stop()
    }

    @Test func theVobizRequestNamesBothPagingStyles() async throws {
        let sandbox = try await Self.start(owned: 150)
        // Requests asking only page/per_page (or only limit/offset) would not match these.
        sandbox.setFaults(SandboxFaults(failMatching: "page=2&per_page=100&limit=100&offset=100&"))
        let list = try await Self.vobiz(sandbox).ownedNumberList(.all)
        await sandbox.stop()
        #expect(list.incompleteReason?.contains("page 2 could not be read") == true)
    }

    @Test func dialtoneOwnedSaysAPartialListAndExitsSix() async throws {
        let sandbox = try await Self.start(owned: 250)
        sandbox.setFaults(SandboxFaults(failMatching: "offset=100&"))
        let environment = Dictionary(uniqueKeysWithValues: SandboxCredentials.environment(baseURL: sandbox.baseURL).map { ($0.name, $0.value) })
        let cli = try CLIRunner(extra: environment.filter { $0.key.hasPrefix("VOBIZ") || $0.key == "DIALTONE_BASE_URL" })
        let json = try await cli.run(["owned", "--json"])
        let table = try await cli.run(["owned"])
        sandbox.setFaults(.none)
        let complete = try await cli.run(["owned", "--json"])
        await sandbox.stop()
        #expect(json.status == 6 && table.status == 6, "\(json.stderr)")
        let notice = try #require(json.stderr.split(separator: "\n").first { $0.hasPrefix("{\"partial\":") })
        let object = try #require(try JSONSerialization.jsonObject(with: Data(notice.utf8)) as? [String: [String: String]])
        #expect(object["partial"]?["provider"] == "vobiz")
        #expect(object["partial"]?["reason"]?.contains("page 2 could not be read") == true)
        #expect(table.stderr.contains("Vobiz list incomplete — page 2 could not be read"))
        let partialRows = json.stdout.split(separator: "\n").count
        #expect(complete.status == 0 && complete.stdout.split(separator: "\n").count == partialRows + 100)
    }
}
