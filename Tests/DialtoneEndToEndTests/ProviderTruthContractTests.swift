@testable import DialtoneCore
import DialtoneSandbox
import Foundation
import Testing

/// What the providers send and take, through the real clients and the `dialtone` binary against
/// the sandbox over HTTP: a Vobiz purchase whose listing stated no currency, `doctor`'s Vobiz
/// balance in the profile's currency, and `owned --region` on Plivo's `"Region, COUNTRY"` form.
@Suite struct ProviderTruthContractTests {
    private static let transport = HTTPTransport(policy: RetryPolicy(maxAttempts: 2), requestTimeout: .seconds(10), sleep: { _ in })

    @Test func aVobizListingWithoutACurrencyIsBoughtInTheNumbersOwn() async throws {
        let fixture = try await SandboxFixture.start()
        defer { Task { await fixture.sandbox.stop() } }
        let client = VobizClient(credentials: ProviderCredentials(
            provider: .vobiz, authID: SandboxCredentials.vobizMainAuthID, token: Secret(SandboxCredentials.vobizMainToken),
            baseURL: fixture.sandbox.baseURL), transport: Self.transport)
        var target = try #require(try await client.searchInventory(InventoryQuery(country: "IN", pageSize: 1)).items.first)
        #expect(target.currency == "INR")
        target.currency = ""
        let receipt = try await client.purchase(target, permit: .test)
        #expect(receipt.e164 == target.e164 && receipt.monthlyFee?.currency == "INR")
    }

    @Test func doctorShowsTheVobizBalanceInTheProfilesCurrency() async throws {
        let fixture = try await SandboxFixture.start(numbers: 200)
        defer { Task { await fixture.sandbox.stop() } }
        let cli = try CLIRunner(extra: ["TRUTH_VOBIZ_TOKEN": SandboxCredentials.vobizMainToken, "NO_COLOR": "1"])
        let folder = cli.home.appendingPathComponent("config/dialtone")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("config.toml").path
        try """
            [profiles.euro]
            provider = "vobiz"
            auth_id = "\(SandboxCredentials.vobizMainAuthID)"
            token_env = "TRUTH_VOBIZ_TOKEN"
            base_url = "\(fixture.sandbox.baseURL)"
            currency = "EUR"

            """.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        let result = try await cli.run(["doctor"])
        let account = try #require(result.stdout.split(separator: "\n").first { $0.contains("account (euro)") }, "\(result.stdout)\(result.stderr)")
        #expect(account.contains("balance EUR "), "\(account)")
        #expect(!account.contains("INR") && account.hasPrefix("  ok  "), "\(account)")
    }

    @Test func ownedRegionMatchesTheRegionPartOfAPlivoNumber() async throws {
        let fixture = try await SandboxFixture.start(numbers: 200)
        defer { Task { await fixture.sandbox.stop() } }
        let plivo = try CLIRunner(extra: fixture.environment(only: "PLIVO"))
        let all = try JSONLines.described(await plivo.run(["owned", "--provider", "plivo", "--json"]).stdout)
        let number = try #require(all.first { ($0["region"] ?? "").contains(", ") }, "\(all)")
        let full = try #require(number["region"])
        let region = String(full[..<full.range(of: ", ", options: .backwards)!.lowerBound])
        let result = try await plivo.run(["owned", "--provider", "plivo", "--region", region.lowercased(), "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let matched = try JSONLines.described(result.stdout)
        #expect(matched.contains { $0["number"] == number["number"] }, "\(full) matched by \(region.lowercased()): \(matched)")
        #expect(matched.allSatisfy { ($0["region"] ?? "").lowercased().hasPrefix(region.lowercased()) }, "\(matched)")
    }
}
