import ArgumentParser
import DialtoneCore
import Foundation

/// `dialtone doctor`: the first command on a new box. One line per check, green or red.
struct DoctorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the terminal, config, credentials, journal and clock of this box.",
        discussion: """
            Each check prints one line; the exit status is 1 when any check fails. Every profile \
            is checked (or only --profile): credentials present, one authenticated call answered \
            with its latency, and the clock against the provider's Date header. With no \
            credentials configured it checks the built-in sandbox. --json prints one JSON object \
            per check (check, profile, status ok|fail, detail, latency_ms, clock_skew_s).
            """
    )

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: "One JSON object per check, for scripts.")
    var json = false

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        var checks = [BoxChecks.terminal(environment)]
        var journal = PurchaseJournal(path: PurchaseJournal.defaultPath(environment: environment))
        do {
            let runtime = try await Runtime.make(global, environment: environment)
            checks.append(BoxChecks.config(runtime.configuration, sandbox: runtime.isSandbox))
            for profile in runtime.profiles where global.profile == nil || profile.name == global.profile {
                checks += await ProfileProbe(profile: profile).run()
            }
            journal = runtime.journal
            await runtime.shutdown()
        } catch {
            checks.append(BoxChecks.config(failure: error))
        }
        checks.append(BoxChecks.journal(journal))
        let colour = !json && isatty(STDOUT_FILENO) == 1 && (environment["NO_COLOR"] ?? "").isEmpty
        DoctorReport.print(checks, json: json, colour: colour)
        if checks.contains(where: { !$0.passed }) { throw ExitCode(CommandFailure.Code.failed.rawValue) }
    }
}
