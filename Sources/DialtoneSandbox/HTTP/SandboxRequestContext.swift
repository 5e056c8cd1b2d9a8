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
        switch channel.remoteAddress {
        case .v4(let address): address.address.sin_addr.s_addr == UInt32(0x7F00_0001).bigEndian
                || channel.remoteAddress?.ipAddress?.hasPrefix("127.") == true
        case .v6: channel.remoteAddress?.ipAddress == "::1"
        default: false
        }
    }

    /// Closes the connection without an answer (the "commit, then drop" fault).
    func dropConnection() async {
        try? await channel.close()
    }
}
