import ArgumentParser

/// How headless commands print their data.
enum OutputFormat {
    /// Aligned plain columns for people.
    case table
    /// One JSON object per line for scripts.
    case jsonLines
    /// RFC 4180 CSV with a header row.
    case csv
}

/// `--json` / `--csv` flags shared by data commands.
struct FormatOptions: ParsableArguments {
    @Flag(name: .long, help: "Print JSON lines (one object per number); errors as JSON on stderr.")
    var json = false

    @Flag(name: .long, help: "Print CSV with a header row.")
    var csv = false

    func validate() throws {
        if json && csv { throw ValidationError("--json and --csv cannot be combined") }
    }

    var format: OutputFormat { json ? .jsonLines : csv ? .csv : .table }
}
