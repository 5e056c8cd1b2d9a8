import ArgumentParser
import DialtoneCore
import DialtoneViewModels
import Foundation

/// `dialtone costs`: the Costs screen's figures — monthly cost by provider, account, country
/// and type per currency with the part routing nowhere, and the journal's last 12 months.
struct CostsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "costs",
        abstract: "Show what the owned numbers cost each month, per currency, and the last 12 months of purchases and releases.",
        discussion: """
            Reads every configured profile's owned numbers, as `owned` does, and the purchase journal. \
            Amounts in different currencies are never added together; `routes_nowhere` is the part paid \
            for numbers with no trunk and no application. Numbers whose provider states no monthly fee \
            are in no total. Months are counted in spend_timezone (by default the machine's zone).
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions

    @MainActor
    func run() async throws {
        let runtime = try await Runtime.forCommand(global, json: output.json)
        await runtime.reconcileJournal()
        let listing = await OwnedListing.read(runtime.sessions)
        await runtime.shutdown()
        let contents: JournalContents
        do {
            contents = try runtime.journal.read()
        } catch {
            throw CommandFailure.exit(error, json: output.json)
        }
        if let warning = contents.warning(path: runtime.journal.path) { StandardError.write("dialtone: \(warning)") }
        let report = CostReport(
            numbers: listing.numbers, journal: contents, now: Date(), calendar: runtime.configuration.spendLimits.calendar)
        if output.format == .table {
            CostsTable.print(report)
        } else {
            var writer = RecordWriter(format: output.format)
            writer.write(CostsRecords.all(report))
        }
        try listing.finish(json: output.json)
    }
}
