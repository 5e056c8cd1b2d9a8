import Testing

/// The official Vobiz Python SDK (`vobiz-python`) browses the inventory, buys, lists owned
/// numbers, is refused a second purchase, reads the balance and releases against the sandbox,
/// unchanged (`Tests/DialtoneSandboxTests/vobiz_sdk_check.py`; see ``OfficialSDK`` for where the
/// SDK comes from). It releases one number as `+digits` on `/account/` (what the SDK sends for
/// an E.164) and one as digits, and is refused (403) the release of a number no longer owned.
@Suite struct VobizSDKCheckTests {
    @Test func officialSDKBuysListsReadsTheBalanceAndReleases() async throws {
        try await OfficialSDK.vobiz.check(printing: [
            "inventory:", "purchase: Number purchased successfully", "owned:", "second purchase refused:", "balance:",
            "release +: +", "release digits:", "release of a number not owned refused:",
        ])
    }
}
