/// The sandbox's fixed test credentials, in each provider's real format so official SDKs accept them.
///
/// They are public on purpose: they only ever open the local sandbox.
public enum SandboxCredentials {
    /// Vobiz main account (`MA_…`), the payer for its sub-account.
    public static let vobizMainAuthID = "MA_DTSBX001"
    public static let vobizMainToken = "vbz_sandbox_main_7Qm2Lx9Rk4Tz8Wc1"
    /// Vobiz sub-account (`SA_…`); its purchases are charged to ``vobizMainAuthID``.
    public static let vobizSubAuthID = "SA_DTSBX002"
    public static let vobizSubToken = "vbz_sandbox_sub_3Hn6Jp1Vd8Ys5Fb2"
    /// Plivo main account: 20 characters, `MA` + 18 uppercase alphanumerics.
    public static let plivoMainAuthID = "MADIALTONESANDBOX001"
    public static let plivoMainToken = "PlivoSandboxMainToken0000000000000000001"
    /// Plivo sub-account: it can search but, as on Plivo, cannot buy.
    public static let plivoSubAuthID = "SADIALTONESANDBOX002"
    public static let plivoSubToken = "PlivoSandboxSubToken00000000000000000002"
    /// Ravan AI Agni API key.
    public static let agniAPIKey = "agni_sk_sandbox_5Tq8Nw2Zr7Kc4Vm9"

    /// The Plivo main account's first application ("Support IVR"): an `app_id` a buy or a
    /// number update may name (any other is refused, 404).
    public static var plivoApplicationID: String { RoutingCatalogue.plivoApplications[plivoMainAuthID]?.first?.appID ?? "" }
    /// The Vobiz main account's first SIP trunk ("Mumbai PBX"): a `trunk_group_id` a number can be assigned to.
    public static var vobizTrunkID: String { RoutingCatalogue.trunks[vobizMainAuthID]?.first?.id ?? "" }

    /// The environment variables Dialtone and the providers' SDKs read, pointed at `baseURL`.
    public static func environment(baseURL: String) -> [(name: String, value: String)] {
        [
            ("VOBIZ_AUTH_ID", vobizMainAuthID),
            ("VOBIZ_AUTH_TOKEN", vobizMainToken),
            ("PLIVO_AUTH_ID", plivoMainAuthID),
            ("PLIVO_AUTH_TOKEN", plivoMainToken),
            ("RAVAN_API_KEY", agniAPIKey),
            ("DIALTONE_BASE_URL", baseURL),
        ]
    }
}
