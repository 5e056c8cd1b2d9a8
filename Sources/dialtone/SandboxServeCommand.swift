import ArgumentParser
import DialtoneSandbox
import Foundation
import Logging
import Synchronization

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
    @Option(help: "Extra numbers owned by each main account (Vobiz, Plivo), for fleet-sized owned lists.") var owned = 0
    @Option(name: .customLong("vobiz-stock-percent"), help: "Percent of the inventory Vobiz stocks (default: each country's usual mix).")
    var vobizStockPercent: Int?
    @Option(help: "Seed of the data generator.") var seed: UInt64 = 1
    @Option(name: .customLong("latency-ms"), help: "Delay every request by this many milliseconds.") var latencyMilliseconds = 0
    @Option(help: "Fraction (0–1) of requests answered 500.") var errorRate = 0.0
    @Option(help: "Answer the next N requests 429 with Retry-After.") var rateLimitBurst = 0
    @Option(help: "Retry-After seconds sent with each 429.") var retryAfter = 1
    @Option(help: "Commit the next N purchases, then drop the connection unanswered.") var dropAfterCommit = 0
    @Option(help: "Commit the next N purchases, then answer 504 as a gateway would.") var gatewayTimeoutAfterCommit = 0
    @Option(name: .customLong("purchase-latency-ms"), help: "Delay every purchase, release and routing change by this many milliseconds before it commits.")
    var purchaseLatencyMilliseconds = 0
    @Option(name: .customLong("insufficient-balance-purchases"), help: "Refuse the next N Vobiz purchases as Vobiz refuses an unaffordable one (500, INSUFFICIENT_BALANCE).")
    var insufficientBalancePurchases = 0
    @Option(name: .customLong("partial-answer-purchases"), help: "Commit the next N Plivo purchases, then answer 206 (partial) without confirming the number.")
    var partialAnswerPurchases = 0
    @Option(name: .customLong("failed-number-purchases"), help: "Refuse the next N Plivo purchases in the number's own entry (status Failed), nothing sold or charged.")
    var failedNumberPurchases = 0
    @Option(
        name: .customLong("drop-routing-after-commit"),
        help: "Commit the next N routing changes (Vobiz trunk assign/unassign, Plivo number update), then drop the connection unanswered.")
    var dropRoutingAfterCommit = 0
    @Option(
        name: .customLong("gateway-timeout-routing-after-commit"),
        help: "Commit the next N routing changes, then answer 504 as a gateway would.")
    var gatewayTimeoutRoutingAfterCommit = 0
    @Option(
        name: .customLong("release-cooldown"),
        help: "How long a released Vobiz number stays pending release, its release cancellable (e.g. 24h, 90s; 0 releases at once).")
    var releaseCooldown = CooldownArgument(duration: .seconds(24 * 3600))
    @Flag(help: "Log every sandbox message to stderr (default: warnings only).") var verbose = false

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let options = SandboxOptions(
            host: host, port: port, databasePath: db ?? SandboxOptions.defaultDatabasePath(environment: environment),
            numbers: numbers, owned: owned, vobizStockPercent: vobizStockPercent, seed: seed,
            faults: SandboxFaults(
                latencyMilliseconds: latencyMilliseconds, errorRate: errorRate, rateLimitBurst: rateLimitBurst,
                retryAfterSeconds: retryAfter, dropAfterCommit: dropAfterCommit,
                gatewayTimeoutAfterCommit: gatewayTimeoutAfterCommit, purchaseLatencyMilliseconds: purchaseLatencyMilliseconds,
                insufficientBalanceOnPurchase: insufficientBalancePurchases, partialAnswerPurchases: partialAnswerPurchases,
                failedNumberPurchases: failedNumberPurchases, dropRoutingAfterCommit: dropRoutingAfterCommit,
                gatewayTimeoutRoutingAfterCommit: gatewayTimeoutRoutingAfterCommit),
            releaseCooldown: releaseCooldown.duration
        )
        var logger = Logger(label: "dialtone.sandbox") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = verbose ? .info : .warning
        // Listening for the signals first: once the banner says "Ctrl-C", Ctrl-C works.
        let signals = SandboxSignals()
        let sandbox = try await SandboxServer.start(options, logger: logger)
        // Written unbuffered so a pipe or log file sees the base URL as soon as the server listens.
        FileHandle.standardOutput.write(Data((SandboxBanner.text(baseURL: sandbox.baseURL, options: options) + "\n").utf8))
        await signals.first()
        await sandbox.stop()
    }
}

/// SIGINT and SIGTERM, caught from the moment this is made. The first asks for a graceful stop;
/// a second one, or a stop still running after five seconds, ends the process at once (off the
/// Swift concurrency pool, so a stuck shutdown can never keep it alive).
final class SandboxSignals {
    private let stream: AsyncStream<Void>
    private let sources: [any DispatchSourceSignal]

    init() {
        let (stream, continuation) = AsyncStream<Void>.makeStream()
        self.stream = stream
        let received = SignalCount()
        sources = [SIGINT, SIGTERM].map { signalNumber in
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                guard received.increment() == 1 else { Foundation.exit(128 + signalNumber) }
                DispatchQueue.global().asyncAfter(deadline: .now() + 5) { Foundation.exit(128 + signalNumber) }
                continuation.yield()
            }
            source.resume()
            return source
        }
    }

    /// Suspends until the first SIGINT or SIGTERM.
    func first() async {
        for await _ in stream { return }
    }
}

/// How many termination signals have arrived.
private final class SignalCount: Sendable {
    private let count = Mutex(0)

    /// Counts one more and returns the new count.
    func increment() -> Int {
        count.withLock { count in
            count += 1
            return count
        }
    }
}
