import ArgumentParser
import DialtoneCore

/// `dialtone inventory`'s options for Plivo's further search filters (seed 003).
struct SearchFilterOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Plivo: region name, e.g. Frankfurt (fixed numbers).", valueName: "NAME"))
    var region: String?

    @Option(name: .long, help: ArgumentHelp("Plivo: city name (local numbers).", valueName: "NAME"))
    var city: String?

    @Option(name: .long, help: ArgumentHelp("Plivo: LATA (US and Canada).", valueName: "DIGITS"))
    var lata: String?

    @Option(name: .customLong("rate-center"), help: ArgumentHelp("Plivo: rate center (US and Canada).", valueName: "NAME"))
    var rateCenter: String?

    @Option(name: .long, help: ArgumentHelp("Plivo: six-digit NPA-NXX prefix (US and Canada).", valueName: "DIGITS"))
    var npanxx: String?

    @Flag(name: .customLong("local-calling-area"), help: "Plivo: widen --npanxx to its local calling area.")
    var localCallingArea = false

    /// The filters given.
    var value: SearchFilters {
        SearchFilters(region: region, city: city, lata: lata, rateCenter: rateCenter, npanxx: npanxx, localCallingArea: localCallingArea ? true : nil)
    }
}
