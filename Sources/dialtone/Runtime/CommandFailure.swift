import ArgumentParser
import DialtoneCore
import Foundation

/// Prints a failure as one clear line on stderr (a JSON object with `--json`) and exits.
enum CommandFailure {
    /// Exit codes shared by the headless commands.
    enum Code: Int32 {
        case failed = 1
        case usage = 2
        case outcomeUnknown = 3
        case declined = 4
        /// `owned`: a provider's list was read only in part; the rows printed are what was read.
        case partial = 6
        /// A spend limit refused it before anything was sent.
        case spendLimit = 5
    }

    static func exit(_ error: any Error, json: Bool, code: Code = .failed) -> ExitCode {
        let dialtoneError = error as? DialtoneError
        let message = dialtoneError?.description ?? Redactor.redact(String(describing: error))
        if json {
            let kind = dialtoneError?.kind.rawValue ?? "error"
            var fields = ["\"kind\":\(RecordWriter.jsonString(kind))", "\"message\":\(RecordWriter.jsonString(message))"]
            if let provider = dialtoneError?.provider { fields.append("\"provider\":\(RecordWriter.jsonString(provider.rawValue))") }
            StandardError.write("{\"error\":{\(fields.joined(separator: ","))}}")
        } else {
            StandardError.write("dialtone: \(message)")
        }
        let mapped: Code = dialtoneError?.kind == .configuration ? .usage : code
        return ExitCode(mapped.rawValue)
    }
}
