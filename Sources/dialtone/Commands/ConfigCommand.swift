import ArgumentParser
import DialtoneCore
import Foundation

/// `dialtone config check`: what Dialtone would use, secrets redacted, with warnings.
struct ConfigCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Inspect configuration.",
        subcommands: [Check.self]
    )

    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the resolved profiles (secrets redacted); warn about plain-http base URLs and loose file modes."
        )

        @Option(name: .long, help: ArgumentHelp("Read this config file instead of the default.", valueName: "path"))
        var config: String?

        func run() async throws {
            let environment = ProcessInfo.processInfo.environment
            let resolved: DialtoneConfiguration
            do {
                resolved = try ConfigLoader.load(environment: environment, path: config)
            } catch {
                throw CommandFailure.exit(error, json: false)
            }
            let exists = FileManager.default.fileExists(atPath: resolved.path)
            StandardOutput.write("config file: \(resolved.path)\(exists ? "" : " (not present)")")
            if resolved.profiles.isEmpty {
                StandardOutput.write("profiles:    none — `dialtone` will use the built-in sandbox")
            }
            for profile in resolved.profiles {
                let marker = (try? resolved.profile(named: nil))??.name == profile.name ? "*" : " "
                StandardOutput.write("\(marker) \(profile)")
            }
            if let theme = resolved.theme { StandardOutput.write("theme:       \(theme)") }
            StandardOutput.write("log file:    \(resolved.logFile ?? "off")")
            StandardOutput.write("spend zone:  \(resolved.spendLimits.timeZone.identifier) (the days and months of spend limits)")
            for profile in resolved.profiles where profile.usesPlainHTTP {
                StandardError.write("warning: profile \(profile.name) sends its credentials unencrypted to \(profile.credentials.baseURL) (plain http; meant for a local sandbox)")
            }
            for warning in resolved.warnings { StandardError.write("warning: \(warning)") }
            reportJournal(PurchaseJournal(path: PurchaseJournal.defaultPath(environment: environment)))
        }

        /// The journal's path, its unresolved purchases, and lines that cannot be read.
        private func reportJournal(_ journal: PurchaseJournal) {
            do {
                let contents = try journal.read()
                StandardOutput.write("journal:     \(journal.path) (\(contents.countsSummary))")
                if let warning = contents.warning(path: journal.path) { StandardError.write("warning: \(warning)") }
            } catch {
                StandardError.write("warning: \(error)")
            }
        }
    }
}
