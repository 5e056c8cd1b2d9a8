import ArgumentParser
import DialtoneCore
import Foundation

/// `dialtone history`: every purchase and release in the journal, and this month's spend.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List every purchase and release in the journal, with this month's spend per currency.",
        discussion: """
            Read from the purchase journal only (no provider is asked). Without credentials, or with \
            --sandbox, the built-in sandbox's journal is read. The month's spend (on stderr with the table) \
            counts what was charged now, with purchases whose outcome is unknown counted as spent.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions

    @Option(name: .long, help: ArgumentHelp("Only entries from this day on (YYYY-MM-DD, local time).", valueName: "DATE"))
    var since: String?

    func validate() throws {
        if let since, Self.day(since) == nil { throw ValidationError("--since \(since) is not a date; use YYYY-MM-DD") }
    }

    /// Local midnight of `text` (`YYYY-MM-DD`).
    static func day(_ text: String) -> Date? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, text.count == 10 else { return nil }
        let components = DateComponents(year: parts[0], month: parts[1], day: parts[2])
        guard components.isValidDate(in: .current) else { return nil }
        return Calendar.current.date(from: components)
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let contents: JournalContents
        let configuration: DialtoneConfiguration
        do {
            configuration = try ConfigLoader.load(environment: environment, path: global.config)
            let sandbox = global.sandbox || !configuration.hasCredentials
            contents = try PurchaseJournal(path: PurchaseJournal.defaultPath(environment: environment, sandbox: sandbox)).read()
            if let warning = contents.warning(path: PurchaseJournal.defaultPath(environment: environment, sandbox: sandbox)) {
                StandardError.write("dialtone: \(warning)")
            }
        } catch {
            throw CommandFailure.exit(error, json: output.json)
        }
        let rows = contents.history(since: since.flatMap(Self.day))
        var writer = RecordWriter(format: output.format)
        writer.write(rows.map(Self.record))
        if output.format == .table {
            let spend = contents.monthSpend(now: Date(), calendar: configuration.spendLimits.calendar).map { $0.formatted() }.joined(separator: " · ")
            StandardError.write("\(Plural.count(rows.count, "entry")) · spent this month \(spend.isEmpty ? "—" : spend)")
        }
    }

    private static func record(_ row: HistoryRow) -> Record {
        Record(fields: [
            ("time", row.time.formatted(.iso8601)), ("action", row.kind.rawValue),
            ("profile", row.profile), ("provider", row.provider.rawValue), ("number", row.e164),
            ("charged_now", row.chargedNow.map(Records.amount) ?? ""), ("monthly_fee", row.monthly.map(Records.amount) ?? ""),
            ("currency", row.chargedNow?.currency ?? row.monthly?.currency ?? ""),
            ("outcome", row.outcome.rawValue), ("reconciled", row.reconciled ? "yes" : "no"), ("message", row.message ?? ""),
        ])
    }
}
