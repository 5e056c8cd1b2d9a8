import ArgumentParser
import DialtoneCore
import Foundation

/// `dialtone inventory`: numbers for sale, as a table, JSON lines or CSV.
struct InventoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inventory",
        abstract: "List numbers for sale from the active profile's provider.",
        discussion: """
            --search means what the provider means: Vobiz matches digits anywhere in the number; \
            Plivo matches the digits after the country code at the start, with * and ? as wildcards.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions

    @Option(name: .long, help: ArgumentHelp("ISO country code (required by Plivo; default: the profile's default_country).", valueName: "CC"))
    var country: String?

    @Option(name: .long, help: ArgumentHelp("Digits to match (see above).", valueName: "DIGITS"))
    var search: String?

    @Option(name: .long, help: ArgumentHelp("Number type: local, mobile, tollfree, national or fixed.", valueName: "T"))
    var type: String?

    @Option(name: .long, help: "Page number, from 1.")
    var page = 1

    @Option(name: .customLong("per-page"), help: "Numbers per page (1–100).")
    var perPage = 25

    @Flag(name: .long, help: "Stream every page, not just one.")
    var all = false

    func validate() throws {
        guard page >= 1 else { throw ValidationError("--page starts at 1") }
        guard (1...100).contains(perPage) else { throw ValidationError("--per-page must be between 1 and 100") }
        if let country, country.count != 2 || !country.allSatisfy(\.isLetter) {
            throw ValidationError("--country takes a two-letter ISO code such as US or IN")
        }
        if let type, case .other = NumberType(rawValue: type) {
            throw ValidationError("--type must be one of local, mobile, tollfree, national, fixed")
        }
    }

    func run() async throws {
        let runtime = try await Runtime.forCommand(global, json: output.json)
        let provider = runtime.active.provider
        var query = InventoryQuery(country: country?.uppercased() ?? runtime.active.defaultCountry, search: search ?? "", type: type.map(NumberType.init(rawValue:)), page: page, pageSize: perPage)
        var writer = RecordWriter(format: output.format)
        do {
            while true {
                let result = try await provider.searchInventory(query)
                writer.write(result.items.map(Records.inventory))
                guard all, result.hasMore, !result.items.isEmpty else {
                    if output.format == .table { summarise(result) }
                    break
                }
                query = query.onPage(query.page + 1)
            }
        } catch {
            await runtime.shutdown()
            throw CommandFailure.exit(error, json: output.json)
        }
        await runtime.shutdown()
    }

    private func summarise(_ page: InventoryPage) {
        let total = page.total.map { " of \($0) numbers" } ?? ""
        let pages = page.pageCount.map { "/\($0)" } ?? (page.hasMore ? "+" : "")
        StandardError.write("page \(page.page)\(pages)\(total)")
    }
}
