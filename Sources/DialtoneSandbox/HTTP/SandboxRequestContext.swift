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

    /// Whether the client has closed its end of the connection (the `abort_if_client_gone`
    /// fault). NIO reads nothing more while a request is being answered, so on Linux the
    /// kernel's TCP state is asked: anything but established means a FIN or RST arrived.
    /// Elsewhere only a connection NIO has already closed counts.
    func clientHasGone() async -> Bool {
        guard channel.isActive else { return true }
        #if os(Linux)
        guard let socket = channel as? any SocketOptionProvider, let info = try? await socket.getTCPInfo().get() else { return false }
        let established: UInt8 = 1  // TCP_ESTABLISHED in <netinet/tcp.h>
        return info.tcpi_state != established
        #else
        return false
        #endif
    }
}
