import Foundation

/// Plivo's buy answer (seed 003): `{api_id, message, numbers[{number, status}], status}`.
struct PlivoBuyDTO: Decodable {
    var message: String?
    var status: String?
    var numbers: [Entry]

    /// One number's own result.
    struct Entry: Decodable {
        var number: String?
        var status: String?
        /// The provider's words about this number, when it gives any (`message`, else `error`).
        var message: String?

        enum Keys: String, CodingKey { case number, status, message, error }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: Keys.self)
            number = try c.lenientString(.number)
            status = try c.lenientString(.status)
            // Words in an unexpected shape are left out, not the answer.
            message = (try? c.lenientString(.message)) ?? (try? c.lenientString(.error))
        }
    }

    enum Keys: String, CodingKey { case message, status, numbers }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        message = try c.lenientString(.message)
        status = try c.lenientString(.status)
        numbers = try c.decodeIfPresent([Entry].self, forKey: .numbers) ?? []
    }
}

/// What a Plivo buy answer says about the one number asked for.
enum PlivoBuyVerdict: Equatable {
    /// Bought: active, or pending while its documents are checked.
    case bought(NumberStatus)
    /// Its own entry says it was not bought: the entry's status, and the provider's words.
    case refused(status: String, words: String?)
    /// The answer does not settle it (why, for the message): the owned list must say.
    case unconfirmed(String)
}

extension PlivoBuyDTO {
    /// Statuses of a number bought and active.
    static let boughtStatuses: Set<String> = ["success", "fulfilled"]
    /// Statuses of a number that was not bought.
    static let failedStatuses: Set<String> = ["failed", "failure", "error", "rejected"]

    /// The verdict for `digits` in an answer with HTTP `httpStatus`, decided by the number's own
    /// entry in `numbers` (its `status`, else the answer's when the entry has none):
    /// `Success`/`fulfilled` bought, `pending` bought and waiting for documents, a failure word a
    /// refusal. A number the answer does not name, a status it does not explain, and anything
    /// but a confirmed purchase in a 206 (a partial success) leave the outcome unknown.
    func verdict(for digits: String, httpStatus: Int) -> PlivoBuyVerdict {
        guard let entry = numbers.first(where: { E164.digits($0.number ?? "") == digits }) else {
            return .unconfirmed("the answer did not name the number bought")
        }
        guard let raw = entry.status ?? status else { return .unconfirmed("the answer gave no status for the number") }
        let word = raw.trimmingCharacters(in: .whitespaces).lowercased()
        if Self.boughtStatuses.contains(word) { return .bought(.active) }
        if word == "pending" { return .bought(.pending) }
        let quoted = "\"\(String(raw.prefix(40)).terminalSafe)\""
        if httpStatus == 206 { return .unconfirmed("a partial answer (HTTP 206) with status \(quoted) for the number") }
        if Self.failedStatuses.contains(word) { return .refused(status: quoted, words: entry.message ?? failureMessage) }
        return .unconfirmed("status \(quoted) for the number does not say whether it was bought")
    }

    /// The answer's `message`, unless the answer as a whole says it succeeded (its "created"
    /// says nothing about a number that failed).
    private var failureMessage: String? {
        let whole = status?.lowercased() ?? ""
        return Self.boughtStatuses.contains(whole) || whole == "pending" ? nil : message
    }
}
