import ArgumentParser
import DialtoneCore
import DialtoneViewModels
import Foundation

/// `dialtone inventory`: numbers for sale, as a table, JSON lines or CSV.
struct InventoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inventory",
        abstract: "List numbers for sale from the active profile's provider.",
        discussion: """
            --search means what the provider means: Vobiz matches digits anywhere in the number; \
            Plivo matches the digits after the country code at the start, with * and ? as wildcards. \
            Letters are read as a phone keypad (FLOWERS searches 3569377). A --type the provider \
            cannot filter on is filtered here, and stderr says so.
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

    @Option(name: .long, help: ArgumentHelp("Plivo: capabilities, one of voice, sms, mms, voice,sms, voice,sms,mms.", valueName: "LIST"))
    var services: String?

    @OptionGroup var filters: SearchFilterOptions

    @Option(name: .long, help: "Page number, from 1.")
    var page = 1

    @Option(name: .customLong("per-page"), help: "Numbers per page (1–100).")
    var perPage = 25

    @Flag(name: .long, help: "Stream every page, not just one.")
    var all = false

    func validate() throws {
        guard page >= 1 else { throw ValidationError("--page starts at 1") }
        guard (1...100).contains(perPage) else { throw ValidationError("--per-page must be between 1 and 100") }
        try CountryArgument.validate(country)
        if let problem = filters.value.problem { throw ValidationError(problem) }
        if let type, case .other = NumberType(rawValue: type) {
            throw ValidationError("--type must be one of local, mobile, tollfree, national, fixed")
        }
    }

    func run() async throws {
        let runtime = try await Runtime.forCommand(global, json: output.json)
        let provider = runtime.active.provider
        let capabilities: Set<Capability>
        let reading: KeypadSearch
        do {
            capabilities = try serverFilters(provider.features, provider: provider.kind)
            reading = try provider.features.readSearch(search ?? "", provider: provider.kind)
        } catch {
            await runtime.shutdown()
            throw CommandFailure.exit(error, json: output.json, code: .usage)
        }
        if let note = reading.note { WarningNotice.write(kind: "keypad_search", note, json: output.json) }
        let query = InventoryQuery(
            country: country?.uppercased() ?? runtime.active.defaultCountry, search: reading.digits, type: type.map(NumberType.init(rawValue:)), capabilities: capabilities,
            filters: filters.value, page: page, pageSize: perPage)
        let (server, local) = InventoryFilter.split(query, features: provider.features)
        if let note = local.note(provider: provider.kind, features: provider.features) {
            WarningNotice.write(kind: "filtered_here", note, json: output.json)
        }
        var writer = RecordWriter(format: output.format)
        var skipped = 0
        var cursor = FilteredCursor()
        var pageNumber = query.page
        do {
            while true {
                let result: InventoryPage
                if local.isEmpty {
                    result = try await provider.searchInventory(query.onPage(pageNumber))
                    skipped += result.skippedEntries
                } else {
                    cursor = try await cursor.filled(forPage: pageNumber, size: perPage, server: server, filter: local, provider: provider)
                    result = cursor.page(pageNumber, size: perPage)
                    skipped = cursor.skippedEntries
                }
                writer.write(result.items.map(Records.inventory))
                guard all, result.hasMore, !result.items.isEmpty else {
                    if output.format == .table { summarise(result) }
                    if cursor.limited {
                        WarningNotice.write(kind: "scan_limited", "stopped scanning after \(cursor.scannedPages) pages: more may match", json: output.json)
                    }
                    break
                }
                pageNumber += 1
            }
        } catch {
            await runtime.shutdown()
            throw CommandFailure.exit(error, json: output.json)
        }
        await runtime.shutdown()
        SkippedNotice.write(skipped, json: output.json)
    }

    /// The `--services` set, refused unless the provider filters on exactly it; the other filters
    /// refused unless the provider takes them (a headless listing is never filtered here).
    private func serverFilters(_ features: ProviderFeatures, provider: ProviderKind) throws -> Set<Capability> {
        let unsupported = filters.value.setKeys.filter { !features.searchFilters.contains($0) }
        if let key = unsupported.first {
            throw DialtoneError(.configuration, detail: "--\(key.rawValue.replacingOccurrences(of: "_", with: "-")) is a Plivo search filter; \(provider.displayName) does not take it")
        }
        guard let services else { return [] }
        let wanted = Set(services.lowercased().split(separator: ",").compactMap { Capability(rawValue: String($0).trimmingCharacters(in: .whitespaces)) })
        guard !wanted.isEmpty, features.serverCapabilities(for: wanted) == wanted else {
            let documented = features.capabilityCombinations.map { $0.sorted().map(\.rawValue).joined(separator: ",") }
            throw DialtoneError(.configuration, detail: documented.isEmpty
                ? "--services: \(provider.displayName) cannot filter by capability"
                : "--services must be one of \(documented.joined(separator: " | "))")
        }
        return wanted
    }

    private func summarise(_ page: InventoryPage) {
        let total = page.total.map { " of \(Plural.count($0, "number"))" } ?? ""
        let pages = page.pageCount.map { "/\($0)" } ?? (page.hasMore ? "+" : "")
        StandardError.write("page \(page.page)\(pages)\(total)")
    }
}
