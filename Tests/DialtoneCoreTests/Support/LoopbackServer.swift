import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import Synchronization

/// A real HTTP server on 127.0.0.1 that records every request and answers from a script,
/// for checking exactly what the clients send.
final class LoopbackServer: Sendable {
    struct Recorded: Sendable {
        var method: String
        var path: String
        var query: [String: String]
        var headers: [String: String]
        var body: Data
    }

    struct Reply: Sendable {
        var status: Int
        var body: String
        var headers: [String: String] = [:]
        /// Wait this long before answering (to provoke client timeouts).
        var delay: Duration = .zero
    }

    private let recorded = Mutex<[Recorded]>([])
    private let script: @Sendable (Recorded) -> Reply
    private let services = Mutex<ServiceGroup?>(nil)
    private let portBox = Mutex<Int>(0)

    init(_ script: @escaping @Sendable (Recorded) -> Reply) {
        self.script = script
    }

    /// Convenience: the same reply to every request.
    convenience init(status: Int = 200, body: String, headers: [String: String] = [:]) {
        self.init { _ in Reply(status: status, body: body, headers: headers) }
    }

    var baseURL: String { "http://127.0.0.1:\(portBox.withLock { $0 })" }
    var requests: [Recorded] { recorded.withLock { $0 } }

    /// Starts listening; returns once the port is bound.
    func start() async throws {
        let (ready, continuation) = AsyncStream<Int>.makeStream()
        let responder = CallbackResponder<BasicRequestContext> { [self] request, _ in
            var body = try await request.body.collect(upTo: 1 << 20)
            var headers: [String: String] = [:]
            for field in request.headers { headers[field.name.rawName] = field.value }
            var query: [String: String] = [:]
            for (key, value) in request.uri.queryParameters { query[String(key)] = String(value) }
            let entry = Recorded(
                method: request.method.rawValue, path: request.uri.path, query: query, headers: headers,
                body: body.readData(length: body.readableBytes) ?? Data()
            )
            recorded.withLock { $0.append(entry) }
            let reply = script(entry)
            if reply.delay > .zero { try? await Task.sleep(for: reply.delay) }
            var fields = HTTPFields()
            fields[.contentType] = "application/json"
            for (name, value) in reply.headers { fields[HTTPField.Name(name)!] = value }
            return Response(status: .init(code: reply.status), headers: fields, body: .init(byteBuffer: ByteBuffer(string: reply.body)))
        }
        let app = Application(
            responder: responder,
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in continuation.yield(channel.localAddress?.port ?? 0) },
            logger: Logger(label: "loopback", factory: { _ in SwiftLogNoOpLogHandler() })
        )
        // Run in a group of its own, stopped gracefully: a cancelled Hummingbird server drops a
        // connection it has accepted but not yet handed to a handler, and NIO traps on that
        // connection's unfinished writer (swift-nio#2637). No signal handlers are installed.
        let group = ServiceGroup(configuration: .init(
            services: [app], gracefulShutdownSignals: [], cancellationSignals: [],
            logger: Logger(label: "loopback", factory: { _ in SwiftLogNoOpLogHandler() })))
        services.withLock { $0 = group }
        Task { try await group.run() }
        for await port in ready {
            portBox.withLock { $0 = port }
            break
        }
    }

    /// Stops accepting connections; every connection already accepted is still answered.
    func stop() {
        guard let group = services.withLock({ $0 }) else { return }
        Task { await group.triggerGracefulShutdown() }
    }
}
