import ArgumentParser

/// Options every command understands.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Use the named profile from config.toml.")
    var profile: String?

    @Flag(name: .long, help: "Use the built-in sandbox even when credentials are configured.")
    var sandbox = false

    @Option(name: .long, help: ArgumentHelp("Read this config file instead of the default.", valueName: "path"))
    var config: String?
}
