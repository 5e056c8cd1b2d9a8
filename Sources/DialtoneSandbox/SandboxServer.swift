import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// Starts sandboxes.
public enum SandboxServer {
    /// Opens (and if needed seeds) the database, starts listening, and returns once the server
    /// accepts connections. Writes nothing to stdout: everything goes to `logger`.
    public static func start(_ options: SandboxOptions, logger: Logger) async throws -> RunningSandbox {
        guard (0...65_535).contains(options.port) else { throw SandboxError("port must be 0…65535") }
        guard options.releaseCooldown >= .zero else { throw SandboxError("the release cooldown must not be negative") }
        guard options.numbers >= 0 else { throw SandboxError("numbers must not be negative") }
        guard (0...1_000_000).contains(options.owned) else { throw SandboxError("owned must be 0…1000000") }
        if let percent = options.vobizStockPercent, !(0...100).contains(percent) {
            throw SandboxError("the Vobiz share of the stock must be 0…100 percent")
        }
        if let problem = options.faults.validationProblem { throw SandboxError(problem) }
        let database = try SandboxDatabase.open(
            path: options.databasePath,
            plan: SeedPlan(numbers: options.numbers, owned: options.owned, vobizStockPercent: options.vobizStockPercent),
            seed: options.seed)
        let state = SandboxState(
            database: database, faults: FaultInjector(options.faults), logger: logger, releaseCooldown: options.releaseCooldown)
        state.ownedListings.observe(database)
        state.cooldowns.reset(to: try await database.write { db in try ReleaseStore.completeDue(now: Date(), db) })

        let router = Router(context: SandboxRequestContext.self)
        router.middlewares.add(SandboxMiddleware(state: state, logger: logger))
        VobizRoutes.register(on: router, state: state)
        PlivoRoutes.register(on: router, state: state)
        AgniRoutes.register(on: router, state: state)
        AdminRoutes.register(on: router, state: state)

        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: nil),
            onServerRunning: { channel in
                continuation.yield(channel.localAddress?.port ?? options.port)
                continuation.finish()
            },
            logger: logger
        )
        let services = ServiceGroup(
            configuration: .init(services: [app], gracefulShutdownSignals: [], cancellationSignals: [], logger: logger))
        let server = Task {
            defer { continuation.finish() }
            try await services.run()
        }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else {
            try await server.value
            throw SandboxError("the sandbox stopped before it was listening")
        }
        let host = options.host.contains(":") ? "[\(options.host)]" : options.host
        return RunningSandbox(baseURL: "http://\(host):\(port)", port: port, state: state, services: services, server: server)
    }
}
