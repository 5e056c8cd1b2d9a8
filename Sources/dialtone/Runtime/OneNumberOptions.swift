import ArgumentParser
import DialtoneCore

/// What `buy` and `release` share: the number, `--yes` and `--json`.
struct OneNumberOptions: ParsableArguments {
    @Argument(help: "The number, in E.164 (+14155551234).")
    var number: String

    @Flag(name: .long, help: "Go ahead without asking (required when not on a terminal).")
    var yes = false

    @Flag(name: .long, help: "Print the outcome as JSON on stdout; errors as JSON on stderr.")
    var json = false

    func validate() throws {
        guard E164.normalise(number) != nil else { throw ValidationError("\(number) is not a phone number; use E.164 such as +14155551234") }
    }

    /// The number in E.164 (checked by `validate`).
    var e164: String { E164.normalise(number) ?? number }

    /// `{"outcome":…,"number":…,"summary":…}` (then `extra`) on stdout with `--json`, else the
    /// summary on stderr.
    func report(outcome: String, summary: String, extra: [(String, String)] = []) {
        if json {
            let fields = [("outcome", outcome), ("number", e164), ("summary", summary)] + extra
            print(RecordWriter.jsonLine(Record(fields: fields)), terminator: "")
        } else {
            StandardError.write("dialtone: \(summary)")
        }
    }
}
