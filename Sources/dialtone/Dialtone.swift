import ArgumentParser

/// The `dialtone` command: the terminal front end by default, plus headless subcommands.
@main
struct Dialtone: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dialtone",
        abstract: "Find, price and buy phone numbers from Vobiz, Plivo and Agni, and see the numbers you own.",
        version: "0.1.0",
        subcommands: [InventoryCommand.self, BuyCommand.self, OwnedCommand.self, SandboxCommand.self, ConfigCommand.self]
    )
}
