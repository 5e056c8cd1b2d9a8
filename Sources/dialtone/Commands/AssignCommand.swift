import ArgumentParser
import DialtoneCore
import DialtoneViewModels
import Foundation

/// `dialtone assign NUMBER --trunk NAME|ID` (Vobiz) or `--app NAME|ID` (Plivo): where an owned
/// number's calls go, changed through the one protocol — the last four digits typed, the
/// `assign` intent journalled with the previous routing before the one request, an unanswered
/// change checked against the owned list.
///
/// Exit codes (as `buy`): 0 done, 1 failed, 2 usage, 3 outcome unknown, 4 declined.
struct AssignCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign",
        abstract: "Route one owned number of the active profile's account to a trunk (Vobiz) or application (Plivo).",
        discussion: """
            Shows where the number routes now and where it will, and asks for its last four digits on a \
            terminal; keys typed before the question appeared are discarded. Without a terminal it refuses \
            unless --yes is given. Changing where a number routes can cut the calls it is carrying. NAME \
            matches the trunk's or application's name (ignoring case) or its id. Agni documents no routing change.
            Exit codes: 0 routed, 1 failed, 2 usage, 3 the provider's answer was lost (the message says what \
            the owned list showed), 4 declined.
            """
    )

    @OptionGroup var global: GlobalOptions

    @OptionGroup var options: OneNumberOptions

    @Option(name: .long, help: ArgumentHelp("The Vobiz trunk to route to.", valueName: "name|id"))
    var trunk: String?

    @Option(name: .long, help: ArgumentHelp("The Plivo application to route to.", valueName: "name|id"))
    var app: String?

    func validate() throws {
        guard (trunk == nil) != (app == nil) else { throw ValidationError("give one of --trunk (Vobiz) or --app (Plivo)") }
    }

    @MainActor
    func run() async throws {
        let wanted: (NumberRoute.Kind, String) = if let trunk { (.trunk, trunk) } else { (.application, app ?? "") }
        try await RoutingChange(global: global, options: options, wanted: wanted).run()
    }
}

/// `dialtone unassign NUMBER`: detaches an owned number from its trunk (Vobiz) or application
/// (Plivo) the same way; the number then routes nowhere.
struct UnassignCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unassign",
        abstract: "Detach one owned number from its trunk (Vobiz) or application (Plivo): it then answers no call.",
        discussion: """
            Asks for the number's last four digits as assign does (--yes without a terminal). Its monthly fee \
            continues. Exit codes: 0 detached, 1 failed, 2 usage, 3 outcome unknown, 4 declined.
            """
    )

    @OptionGroup var global: GlobalOptions

    @OptionGroup var options: OneNumberOptions

    @MainActor
    func run() async throws {
        try await RoutingChange(global: global, options: options, wanted: nil).run()
    }
}
