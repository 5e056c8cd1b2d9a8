import ArgumentParser
import DialtoneCore
import Foundation

/// `dialtone owned`: the numbers every configured profile owns, with monthly totals per currency.
struct OwnedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "owned",
        abstract: "List the numbers your accounts own, across every configured provider."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions

    @Option(name: .long, help: ArgumentHelp("Only this provider: vobiz, plivo or agni.", valueName: "P"))
    var provider: ProviderKind?

    @Option(name: .long, help: ArgumentHelp("Only this status (active, pending, released, …).", valueName: "S"))
    var status: String?

    @MainActor
    func run() async throws {
        let runtime = try await Runtime.forCommand(global, json: output.json)
        await runtime.reconcileJournal()
        let sessions = runtime.sessions.filter { provider == nil || $0.provider.kind == provider }
        var numbers: [OwnedNumber] = []
        var failures: [DialtoneError] = []
        for session in sessions {
            do {
                numbers += try await session.provider.ownedNumbers(.all)
            } catch {
                failures.append(error as? DialtoneError ?? DialtoneError(.transport, provider: session.provider.kind))
            }
        }
        await runtime.shutdown()
        if let status {
            let wanted = NumberStatus(rawValue: status)
            numbers = numbers.filter { $0.status == wanted }
        }
        var writer = RecordWriter(format: output.format)
        writer.write(numbers.map(Records.owned))
        if output.format == .table { printTotals(numbers) }
        for failure in failures { _ = CommandFailure.exit(failure, json: output.json) }
        if !failures.isEmpty { throw ExitCode(CommandFailure.Code.failed.rawValue) }
    }

    /// `monthly: INR 1,234.00 · USD 12.80 (42 numbers)` on stderr, so stdout stays data.
    private func printTotals(_ numbers: [OwnedNumber]) {
        let totals = Money.totals(numbers.compactMap(\.monthlyFee)).map { $0.formatted() }.joined(separator: " · ")
        StandardError.write("\(numbers.count) numbers · monthly \(totals.isEmpty ? "—" : totals)")
    }
}

extension ProviderKind: ExpressibleByArgument {}
