import Foundation

/// What Plivo's buy call may carry besides the number (seed 003): the application to attach,
/// CNAM lookup (US only), a sub-account to assign the number to, bought and paid for by the
/// main account, and the compliance application to attach. From a profile's `app_id`,
/// `cnam_lookup`, `subaccount` and `compliance_application_id` keys, or `dialtone buy`.
public struct PlivoBuyOptions: Sendable, Hashable {
    /// `app_id`: the application the number is attached to; Plivo's `default_number_app` when `nil`.
    public var appID: String?
    /// `cnam_lookup`: `true` sends `enabled`, `false` sends `disabled`, `nil` sends nothing.
    public var cnamLookup: Bool?
    /// `subaccount`: the auth ID of the sub-account the number is assigned to.
    public var subaccount: String?
    /// `compliance_application_id`: the UUID of an accepted compliance application to attach;
    /// Plivo picks the most recent applicable one when `nil`.
    public var complianceApplicationID: String?

    public init(appID: String? = nil, cnamLookup: Bool? = nil, subaccount: String? = nil, complianceApplicationID: String? = nil) {
        self.appID = appID
        self.cnamLookup = cnamLookup
        self.subaccount = subaccount
        self.complianceApplicationID = complianceApplicationID
    }

    /// No options: Plivo's defaults.
    public static let none = PlivoBuyOptions()

    /// `self` with every option `other` sets taking its place (command-line options over profile keys).
    public func overridden(by other: PlivoBuyOptions) -> PlivoBuyOptions {
        PlivoBuyOptions(
            appID: other.appID ?? appID, cnamLookup: other.cnamLookup ?? cnamLookup, subaccount: other.subaccount ?? subaccount,
            complianceApplicationID: other.complianceApplicationID ?? complianceApplicationID)
    }

    /// `enabled` / `disabled` (Plivo's words) or `true` / `false` as a value of `cnam_lookup`.
    public static func cnamLookup(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "enabled", "true", "yes", "on": true
        case "disabled", "false", "no", "off": false
        default: nil
        }
    }

    /// The option that cannot be sent and why, if one cannot: a sub-account is a Plivo auth ID of
    /// 20 letters and digits starting `SA`; an application ID is letters and digits; a compliance
    /// application ID is a UUID (seed 003).
    public var problem: (key: String, message: String)? {
        if let subaccount, !(subaccount.count == 20 && subaccount.hasPrefix("SA") && subaccount.allSatisfy(Self.isIDCharacter)) {
            return ("subaccount", "subaccount must be a Plivo sub-account auth ID (20 letters and digits starting SA)")
        }
        if let appID, appID.isEmpty || appID.count > 64 || !appID.allSatisfy(Self.isIDCharacter) {
            return ("app_id", "app_id must be a Plivo application ID (letters and digits)")
        }
        if let complianceApplicationID, UUID(uuidString: complianceApplicationID) == nil {
            return ("compliance_application_id", "compliance_application_id must be the UUID of a Plivo compliance application "
                + "(such as 5f4c2b1e-8d3a-4c6f-9e7b-1a2b3c4d5e6f), not \"\(String(complianceApplicationID.prefix(64)).terminalSafe)\"")
        }
        return nil
    }

    /// The buy call's JSON body: `{}` without options.
    var body: Data {
        var object: [String: String] = [:]
        if let appID { object["app_id"] = appID }
        if let cnamLookup { object["cnam_lookup"] = cnamLookup ? "enabled" : "disabled" }
        if let subaccount { object["subaccount"] = subaccount }
        if let complianceApplicationID { object["compliance_application_id"] = complianceApplicationID }
        return (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
    }

    /// The options as the confirmation dialog lists them.
    var lines: [PurchaseTerms.Option] {
        var lines: [PurchaseTerms.Option] = []
        if let appID { lines.append(.init(label: "Application", value: appID)) }
        if let cnamLookup { lines.append(.init(label: "CNAM lookup", value: cnamLookup ? "enabled" : "disabled")) }
        if let complianceApplicationID { lines.append(.init(label: "Compliance application", value: complianceApplicationID)) }
        return lines
    }

    private static func isIDCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber)
    }
}
