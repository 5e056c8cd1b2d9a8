import Hummingbird
import NIOCore

/// The per-request context: Hummingbird's core storage plus the connection, which the sandbox
/// needs to drop a purchase's answer on purpose and to keep admin endpoints to loopback peers.
struct SandboxRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let channel: any Channel

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }

    /// Whether the peer connected over loopback.
    var peerIsLoopback: Bool {
        guard let ip = channel.remoteAddress?.ipAddress else { return false }
        return ip.hasPrefix("127.") || ip == "::1" || ip.hasPrefix("::ffff:127.")
    }

    /// Closes the connection without an answer (the "commit, then drop" fault).
    func dropConnection() async {
        try? await channel.close()
    }
}
