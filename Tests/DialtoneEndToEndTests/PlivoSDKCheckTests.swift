import DialtoneSandbox
import Testing

/// The official Plivo Python SDK searches, buys, lists rented numbers and reads the account
/// against the sandbox, unchanged (`Tests/DialtoneSandboxTests/plivo_sdk_check.py`; see
/// ``OfficialSDK`` for where the SDK comes from).
@Suite struct PlivoSDKCheckTests {
    @Test func officialSDKSearchesBuysListsAndReadsTheAccount() async throws {
        try await OfficialSDK.plivo.check(printing: [
            "search:", "buy: created fulfilled", "rented:", "get:", "account: \(SandboxCredentials.plivoMainAuthID)",
            "second buy refused:",
        ])
    }
}
