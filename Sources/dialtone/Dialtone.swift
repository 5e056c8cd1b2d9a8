import ArgumentParser
import CBuildInfo
import DialtoneViewModels
import Foundation

/// The `dialtone` command: the terminal front end by default, plus headless subcommands.
@main
struct Dialtone: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dialtone",
        abstract: "Find, price and buy phone numbers from Vobiz, Plivo and Agni, and see the numbers you own.",
        version: "0.1.0 (\(String(cString: dt_build_commit())))",
        subcommands: [
            TUICommand.self, InventoryCommand.self, BuyCommand.self, ReleaseCommand.self, AssignCommand.self, UnassignCommand.self, OwnedCommand.self, HistoryCommand.self, CostsCommand.self, SandboxCommand.self,
            ThemesCommand.self, ConfigCommand.self, DoctorCommand.self,
        ],
        defaultSubcommand: TUICommand.self
    )

    /// Runs the chosen command; usage errors exit 2 (the documented code) instead of 64. An
    /// error's message goes to stderr terminal-safe, as every other line does (it may quote an
    /// argument or a provider's words); help and version go to stdout as ArgumentParser prints them.
    static func main() async {
        MemoryTrim.useOneArena()
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            guard code != .success else { exit(withError: error) }
            let message = fullMessage(for: error)
            if !message.isEmpty { StandardError.write(lines: message) }
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
