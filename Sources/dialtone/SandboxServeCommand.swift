import ArgumentParser
import DialtoneSandbox
import Foundation
import Logging

/// `dialtone sandbox serve`: runs the sandbox in the foreground until SIGINT or SIGTERM.
struct SandboxServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the Vobiz, Plivo and Agni APIs locally, with seeded numbers and test accounts."
    )

    @Option(help: "Interface to bind (loopback by default; any other is announced on start).") var host = "127.0.0.1"
    @Option(help: "TCP port (0 picks a free one).") var port = 8080
    @Option(help: "SQLite file, or :memory:. Default: $XDG_DATA_HOME/dialtone/sandbox.sqlite.") var db: String?
    @Option(help: "Inventory numbers to seed.") var numbers = 20_000
    @Option(help: "Seed of the data generator.") var seed: UInt64 = 1
    @Option(name: .customLong("latency-ms"), help: "Delay every request by this many milliseconds.") var latencyMilliseconds = 0
    @Option(help: "Fraction (0–1) of requests answered 500.") var errorRate = 0.0
    @Option(help: "Answer the next N requests 429 with Retry-After.") var rateLimitBurst = 0
    @Option(help: "Retry-After seconds sent with each 429.") var retryAfter = 1
    @Option(help: "Commit the next N purchases, then drop the connection unanswered.") var dropAfterCommit = 0
    @Option(help: "Commit the next N purchases, then answer 504 as a gateway would.") var gatewayTimeoutAfterCommit = 0
    @Option(name: .customLong("purchase-latency-ms"), help: "Delay every purchase by this many milliseconds before it commits.")
    var purchaseLatencyMilliseconds = 0
    @Flag(help: "Log every sandbox message to stderr (default: warnings only).") var verbose = false

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let options = SandboxOptions(
            host: host, port: port, databasePath: db ?? SandboxOptions.defaultDatabasePath(environment: environment),
            numbers: numbers, seed: seed,
            faults: SandboxFaults(
                latencyMilliseconds: latencyMilliseconds, errorRate: errorRate, rateLimitBurst: rateLimitBurst,
                retryAfterSeconds: retryAfter, dropAfterCommit: dropAfterCommit,
                gatewayTimeoutAfterCommit: gatewayTimeoutAfterCommit, purchaseLatencyMilliseconds: purchaseLatencyMilliseconds)
        )
        var logger = Logger(label: "dialtone.sandbox") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = verbose ? .info : .warning
        let sandbox = try await SandboxServer.start(options, logger: logger)
        // Written unbuffered so a pipe or log file sees the base URL as soon as the server listens.
        FileHandle.standardOutput.write(Data((SandboxBanner.text(baseURL: sandbox.baseURL, options: options) + "\n").utf8))
        await SandboxSignals.waitForTermination()
        await sandbox.stop()
    }
}

/// Suspends until the process receives SIGINT or SIGTERM.
enum SandboxSignals {
    static func waitForTermination() async {
        let (stream, continuation) = AsyncStream<Void>.makeStream()
        let sources = [SIGINT, SIGTERM].map { signalNumber in
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { continuation.yield() }
            source.resume()
            return source
        }
        for await _ in stream { break }
        sources.forEach { $0.cancel() }
    }
}
