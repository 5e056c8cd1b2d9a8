import ArgumentParser

/// `dialtone sandbox …`: the local provider sandbox.
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox",
        abstract: "Run the local sandbox that speaks the Vobiz, Plivo and Agni APIs.",
        subcommands: [SandboxServeCommand.self, SandboxCredentialsCommand.self]
    )
}
