import ArgumentParser
import DialtoneTUI
import Foundation

/// `dialtone themes list|show`: the built-in themes and the user's own.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List the themes, or show a sample of every role of one.",
        discussion: "User themes in $XDG_CONFIG_HOME/dialtone/themes/NAME.toml add to or override the built-in ones.",
        subcommands: [List.self, Show.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every theme name.")

        func run() {
            let environment = ProcessInfo.processInfo.environment
            for name in ThemeCatalog.names(environment: environment) { StandardOutput.write(name) }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a sample of every role of a theme.")

        @Argument(help: "The theme's name.")
        var name: String

        @Option(name: .long, help: "Colour level: mono, ansi8, ansi16, palette256 or direct (default: palette256).")
        var colors: ColorLevel = .palette256

        func run() throws {
            let environment = ProcessInfo.processInfo.environment
            guard ThemeCatalog.names(environment: environment).contains(name) else {
                throw ValidationError("no theme named \(name); `dialtone themes list` shows them")
            }
            let (theme, warnings) = ThemeCatalog.load(name: name, environment: environment)
            for warning in warnings { StandardError.write("warning: \(warning)") }
            print(ThemeCatalog.sample(theme, level: colors), terminator: "")
        }
    }
}

extension ColorLevel: ExpressibleByArgument {}
