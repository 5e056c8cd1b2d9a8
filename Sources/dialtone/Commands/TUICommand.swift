import ArgumentParser
import DialtoneCore
import DialtoneTUI
import DialtoneViewModels
import Foundation

/// `dialtone` with no subcommand: the full-screen front end.
struct TUICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: "Open the full-screen front end (the default when no subcommand is given).",
        discussion: "Press ? inside for every key. With no credentials configured it browses the built-in sandbox."
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "Theme name (see `dialtone themes list`).")
    var theme: String?

    @Option(name: .long, help: ArgumentHelp("Start with this ISO country filter.", valueName: "CC"))
    var country: String?

    @Flag(name: .long, help: "No colour, whatever the terminal supports (as NO_COLOR does).")
    var noColor = false

    @Flag(name: .long, help: "ASCII borders and markers only.")
    var ascii = false

    @MainActor
    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        // Refuse an unusable terminal before the sandbox starts or the journal is read.
        do {
            _ = try TerminalChoice.forThisTerminal(environment: environment)
        } catch {
            throw CommandFailure.exit(error, json: false)
        }
        let runtime = try await Runtime.forCommand(global, json: false)
        let startCountry = country?.uppercased() ?? runtime.active.defaultCountry
        let app = AppModel(
            sessions: runtime.sessions, journal: runtime.journal, country: startCountry,
            warmCache: .standard(environment: environment))
        let options = TUIOptions(
            themeName: theme ?? runtime.configuration.theme ?? ThemeCatalog.defaultName,
            colorLevel: noColor ? .mono : nil, ascii: ascii ? true : nil, environment: environment
        )
        let warnings: [ThemeWarning]
        do {
            warnings = try await TerminalApp.run(appModel: app, options: options)
        } catch {
            await runtime.shutdown()
            throw CommandFailure.exit(error, json: false)
        }
        await runtime.shutdown()
        for warning in runtime.configuration.warnings { StandardError.write("warning: \(warning)") }
        for warning in warnings { StandardError.write("warning: \(warning)") }
    }
}
