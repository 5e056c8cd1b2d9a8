import DialtoneCore
import Foundation

/// One line of `dialtone doctor`: what was checked, for which profile, whether it passed, and
/// what was found (never a secret).
struct DoctorCheck {
    /// `terminal`, `config`, `credentials`, `account`, `clock` or `journal`.
    var name: String
    var profile: String?
    var passed: Bool
    var detail: String
    /// Measurements for scripts (`latency_ms`, `clock_skew_s`), in `--json` output only.
    var measurements: [(name: String, value: String)] = []

    /// An error as a check's detail: one line, secrets redacted.
    static func message(for error: any Error) -> String {
        (error as? DialtoneError)?.description ?? Redactor.redact(String(describing: error))
    }

    /// The name column, terminal-safe: `account (india)`.
    var label: String { (profile.map { "\(name) (\($0))" } ?? name).terminalSafe }

    /// The check as a JSON-lines record: `check`, `profile`, `status`, `detail`, measurements.
    var record: Record {
        var fields: [(name: String, value: String)] = [("check", name)]
        if let profile { fields.append(("profile", profile)) }
        fields += [("status", passed ? "ok" : "fail"), ("detail", detail)] + measurements
        return Record(fields: fields)
    }

    /// `  ok  terminal              TERM=…`, with `ok` green and `FAIL` red when `colour` is on.
    /// The detail is made terminal-safe (a balance's currency is the provider's text): the
    /// colour is the only escape sequence the line holds.
    func line(labelWidth: Int, colour: Bool) -> String {
        let status = passed ? "  ok" : "FAIL"
        let painted = colour ? "\u{1B}[\(passed ? 32 : 31)m\(status)\u{1B}[0m" : status
        return "\(painted)  \(label.padding(toLength: max(labelWidth, label.count), withPad: " ", startingAt: 0))  \(detail.terminalSafe)"
    }
}

/// Prints every check as aligned lines, or as JSON lines with `--json`.
enum DoctorReport {
    static func print(_ checks: [DoctorCheck], json: Bool, colour: Bool) {
        if json {
            var writer = RecordWriter(format: .jsonLines)
            writer.write(checks.map(\.record))
            return
        }
        let width = checks.map(\.label.count).max() ?? 0
        for check in checks { Swift.print(check.line(labelWidth: width, colour: colour)) }
    }
}
