/// Plivo's application shapes (PROVIDERS.md, "Routing").
extension PlivoWire {
    /// An Application object; `sub_account` names a sub-account's own application.
    static func application(_ app: ApplicationRecord) -> JSONValue {
        let subAccount = SandboxAccount.find(id: app.accountID, provider: .plivo)?.parentID != nil ? app.accountID : nil
        return .object([
            ("answer_method", .string(app.answerMethod)),
            ("answer_url", .string(app.answerURL)),
            ("app_id", .string(app.appID)),
            ("app_name", .string(app.name)),
            ("application_type", "XML"),
            ("default_app", false),
            ("default_endpoint_app", false),
            ("default_number_app", false),
            ("enabled", true),
            ("fallback_answer_url", ""),
            ("fallback_method", "POST"),
            ("hangup_method", "POST"),
            ("hangup_url", .string(app.hangupURL)),
            ("log_incoming_messages", true),
            ("message_method", "POST"),
            ("message_url", ""),
            ("public_uri", false),
            ("resource_uri", .string(app.resourceURI)),
            ("sip_uri", .string("sip:\(app.appID)@app.plivo.com")),
            ("sub_account", .optional(subAccount)),
        ])
    }

    /// `POST …/Number/{number}/` answered 202.
    static func changed() -> JSONValue {
        .object([("message", "changed"), ("api_id", .string(apiID()))])
    }
}
