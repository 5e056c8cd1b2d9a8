import Foundation

/// One line of the DESIGN §6 table: what was measured, against which budget, and whether it passed.
///
/// Rows are printed as `ROW<TAB>key<TAB>what<TAB>measured<TAB>budget<TAB>PASS|FAIL|INFO<TAB>detail`
/// so `Benchmarks/run` can gather the rows of every benchmark process into one table.
struct BenchmarkRow: Sendable {
    enum Verdict: String, Sendable { case pass = "PASS", fail = "FAIL", info = "INFO" }

    var key: String
    var what: String
    var measured: String
    var budget: String
    var verdict: Verdict
    var detail: String = ""

    init(key: String, what: String, measured: String, budget: String, passed: Bool?, detail: String = "") {
        self.key = key
        self.what = what
        self.measured = measured
        self.budget = budget
        self.verdict = passed.map { $0 ? .pass : .fail } ?? .info
        self.detail = detail
    }

    /// Prints the row for `Benchmarks/run` (tabs inside fields become spaces).
    func emit() {
        let fields = [key, what, measured, budget, verdict.rawValue, detail].map { $0.replacingOccurrences(of: "\t", with: " ") }
        print((["ROW"] + fields).joined(separator: "\t"))
    }
}

/// Progress notes go to stderr so stdout holds only rows.
func note(_ text: String) {
    FileHandle.standardError.write(Data(("  · " + text + "\n").utf8))
}
