import DialtoneCore
import DialtoneTUI
import Foundation

/// `doctor`'s checks that concern the box rather than a profile: the terminal, the config
/// file, and the purchase journal.
enum BoxChecks {
    /// TERM, its terminfo entry or fallback, colours, UTF-8 and size.
    static func terminal(_ environment: [String: String]) -> DoctorCheck {
        let report = TerminalReport.current(environment: environment)
        return DoctorCheck(name: "terminal", passed: report.isUsable, detail: report.summary)
    }

    /// The config file, and whether every file holding a secret is private.
    static func config(_ configuration: DialtoneConfiguration, sandbox: Bool) -> DoctorCheck {
        let present = FileManager.default.fileExists(atPath: configuration.path)
        var detail = present
            ? "\(configuration.path) (\(Plural.count(configuration.profiles.count, "profile")))"
            : "no file at \(configuration.path)"
        if sandbox { detail += "; no credentials: checking the built-in sandbox" }
        if !configuration.warnings.isEmpty { detail += "; " + configuration.warnings.joined(separator: "; ") }
        return DoctorCheck(name: "config", passed: configuration.looseSecretWarnings.isEmpty, detail: detail)
    }

    /// A config that could not be loaded: the loader's message names the file, line and key.
    static func config(failure: any Error) -> DoctorCheck {
        DoctorCheck(name: "config", passed: false, detail: DoctorCheck.message(for: failure))
    }

    /// The purchase journal can take the next intent.
    static func journal(_ journal: PurchaseJournal) -> DoctorCheck {
        do {
            let contents = try journal.checkWritable()
            var detail = "\(journal.path) writable (\(contents.countsSummary))"
            if let warning = contents.warning(path: journal.path) { detail += "; \(warning)" }
            return DoctorCheck(name: "journal", passed: true, detail: detail)
        } catch {
            return DoctorCheck(name: "journal", passed: false, detail: DoctorCheck.message(for: error))
        }
    }
}
