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
        var listing = await OwnedListing.read(sessions, query: OwnedQuery(country: country?.uppercased(), region: region, activeOnly: active))
        // Names for `routes_to`; a list that cannot be read leaves the ids.
        var targets: [RouteTarget] = []
        if output.format != .table {
            for session in sessions { targets += (try? await session.provider.routeTargets()) ?? [] }
        }
        await runtime.shutdown()
        if let status {
            let wanted = NumberStatus(rawValue: status)
            listing.numbers = listing.numbers.filter { $0.status == wanted }
        }
        if unrouted { listing.numbers = listing.numbers.filter(\.routesNowhere) }
        var writer = RecordWriter(format: output.format)
        writer.write(listing.numbers.map { number in
            Records.owned(number, withDetails: output.format != .table, routesTo: number.route.map(targets.name(of:)) ?? "")
        })
        if output.format == .table { printTotals(listing.numbers) }
        try listing.finish(json: output.json)
    }

    /// `monthly: INR 1,234.00 · USD 12.80 (42 numbers)` on stderr, so stdout stays data.
    private func printTotals(_ numbers: [OwnedNumber]) {
        let totals = Money.totals(numbers.compactMap(\.monthlyFee)).map { $0.formatted() }.joined(separator: " · ")
        StandardError.write("\(Plural.count(numbers.count, "number")) · monthly \(totals.isEmpty ? "—" : totals)")
    }
}

extension ProviderKind: ExpressibleByArgument {}
