import GRDB

/// One row of `trunks`: a Vobiz SIP trunk of one account. Its `id` is what a number's
/// `trunk_group_id` names.
struct TrunkRecord: Sendable {
    var id: String
    var accountID: String
    var name: String
    var domain: String
    var status = "active"
    var createdAt: String

    /// The column list of selects, in `init(row:)` order.
    static let columns = "trunk_id, account_id, name, trunk_domain, status, created_at"

    init(id: String, accountID: String, name: String, domain: String, createdAt: String) {
        (self.id, self.accountID, self.name, self.domain, self.createdAt) = (id, accountID, name, domain, createdAt)
    }

    init(row: Row) {
        (id, accountID, name, domain, status, createdAt) = (row[0], row[1], row[2], row[3], row[4], row[5])
    }
}

/// One row of `applications`: a Plivo application of one account, which numbers name by
/// `resourceURI`.
struct ApplicationRecord: Sendable {
    var appID: String
    var accountID: String
    var name: String
    var answerURL: String
    var answerMethod = "POST"
    var hangupURL: String

    /// The column list of selects, in `init(row:)` order.
    static let columns = "app_id, account_id, app_name, answer_url, answer_method, hangup_url"

    init(appID: String, accountID: String, name: String, answerURL: String, hangupURL: String) {
        (self.appID, self.accountID, self.name, self.answerURL, self.hangupURL) = (appID, accountID, name, answerURL, hangupURL)
    }

    init(row: Row) {
        (appID, accountID, name, answerURL, answerMethod, hangupURL) = (row[0], row[1], row[2], row[3], row[4], row[5])
    }

    /// `/v1/Account/{auth_id}/Application/{app_id}/`, what a number's `application` holds.
    var resourceURI: String { "/v1/Account/\(accountID)/Application/\(appID)/" }
}
