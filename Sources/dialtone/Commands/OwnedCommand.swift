import ArgumentParser
import DialtoneCore
import DialtoneViewModels
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

    @Option(name: .long, help: ArgumentHelp("Only numbers of this ISO country (sent to Agni as iso_country).", valueName: "CC"))
    var country: String?

    @Option(name: .long, help: ArgumentHelp("Only numbers in this region, state or city (sent to Agni as region).", valueName: "R"))
    var region: String?

    @Option(name: .long, help: ArgumentHelp("true: only active numbers; false: only the others (sent to Agni as is_active).", valueName: "true|false"))
    var active: Bool?

    @Flag(name: .long, help: "Only numbers that route nowhere: no trunk, no application (they cost their fee and answer no call).")
    var unrouted = false

    func validate() throws {
        try CountryArgument.validate(country)
    }

    @MainActor
    func run() async throws {
        let runtime = try await Runtime.forCommand(global, json: output.json)
        await runtime.reconcileJournal()
        let sessions = runtime.sessions.filter { provider == nil || $0.provider.kind == provider }
        var numbers: [OwnedNumber] = []
        var failures: [DialtoneError] = []
        var partial: [PartialListing] = []
        var skipped = 0
        var targets: [RouteTarget] = []
        let query = OwnedQuery(country: country?.uppercased(), region: region, activeOnly: active)
        for session in sessions {
            do {
                let list = try await session.provider.ownedNumberList(query)
                numbers += list.numbers
                skipped += list.skippedEntries
                // Names for `routes_to`; a list that cannot be read leaves the ids.
                if output.format != .table { targets += (try? await session.provider.routeTargets()) ?? [] }
                if let reason = list.incompleteReason {
                    partial.append(PartialListing(profile: session.name, provider: session.provider.kind, reason: reason))
                }
            } catch {
                failures.append(error as? DialtoneError ?? DialtoneError(.transport, provider: session.provider.kind))
            }
        }
        await runtime.shutdown()
        if let status {
            let wanted = NumberStatus(rawValue: status)
            numbers = numbers.filter { $0.status == wanted }
        }
        if unrouted { numbers = numbers.filter(\.routesNowhere) }
        var writer = RecordWriter(format: output.format)
        writer.write(numbers.map { number in
            Records.owned(number, withDetails: output.format != .table, routesTo: number.route.map(targets.name(of:)) ?? "")
        })
        if output.format == .table { printTotals(numbers) }
        for listing in partial { reportPartial(listing) }
        SkippedNotice.write(skipped, json: output.json)
        for failure in failures { _ = CommandFailure.exit(failure, json: output.json) }
        if !failures.isEmpty { throw ExitCode(CommandFailure.Code.failed.rawValue) }
        if !partial.isEmpty { throw ExitCode(CommandFailure.Code.partial.rawValue) }
    }

    /// Says on stderr that a profile's list was read only in part (the rows printed are not all).
    private func reportPartial(_ listing: PartialListing) {
        guard output.json else { return StandardError.write("dialtone: \(listing.description)") }
        let fields = [
            "\"profile\":\(RecordWriter.jsonString(listing.profile))",
            "\"provider\":\(RecordWriter.jsonString(listing.provider.rawValue))",
            "\"reason\":\(RecordWriter.jsonString(listing.reason))",
        ]
        StandardError.write("{\"partial\":{\(fields.joined(separator: ","))}}")
    }

    /// `monthly: INR 1,234.00 · USD 12.80 (42 numbers)` on stderr, so stdout stays data.
    private func printTotals(_ numbers: [OwnedNumber]) {
        let totals = Money.totals(numbers.compactMap(\.monthlyFee)).map { $0.formatted() }.joined(separator: " · ")
        StandardError.write("\(Plural.count(numbers.count, "number")) · monthly \(totals.isEmpty ? "—" : totals)")
    }
}

extension ProviderKind: ExpressibleByArgument {}
