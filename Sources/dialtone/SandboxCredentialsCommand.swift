import ArgumentParser
import DialtoneSandbox
import Foundation

/// `dialtone sandbox credentials`: the fixed test credentials, for people or for `eval`.
struct SandboxCredentialsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "credentials",
        abstract: "Print the sandbox's test credentials (as text, JSON, or shell exports)."
    )

    @Flag(help: "Print a JSON object.") var json = false
    @Flag(help: "Print `export VAR=…` lines for eval.") var shell = false
    @Option(help: "Host the sandbox listens on.") var host = "127.0.0.1"
    @Option(help: "Port the sandbox listens on.") var port = 8080

    func validate() throws {
        if json && shell { throw ValidationError("Choose one of --json and --shell.") }
    }

    func run() throws {
        let baseURL = "http://\(host):\(port)"
        if shell {
            for (name, value) in SandboxCredentials.environment(baseURL: baseURL) { print("export \(name)=\(value)") }
        } else if json {
            print(try SandboxBanner.json(baseURL: baseURL))
        } else {
            print(SandboxBanner.credentials(baseURL: baseURL))
        }
    }
}
