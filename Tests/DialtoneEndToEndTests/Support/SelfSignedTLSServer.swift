import Foundation

/// An `https` server on 127.0.0.1 with a certificate no one trusts: `openssl` makes a
/// self-signed one for `127.0.0.1` (a name that matches, so only the trust is wrong), and a
/// small Python `ssl` server answers with it. It writes one line per connection to a log:
/// `handshake-failed …`, or `handshake-ok` then `request …` with the bytes that arrived.
/// Needs `openssl` and `python3` on `PATH`. Tests end it with `stop()` on every path.
final class SelfSignedTLSServer {
    let baseURL: String
    private let folder: URL
    private let process = Process()

    /// Makes the certificate and starts the server; returns once it listens.
    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("dialtone-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Self.run("openssl", [
            "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1",
            "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
            "-keyout", folder.appendingPathComponent("key.pem").path, "-out", folder.appendingPathComponent("cert.pem").path,
        ])
        let script = folder.appendingPathComponent("server.py")
        try Data(Self.script.utf8).write(to: script)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, folder.path]
        process.environment = ProcessInfo.processInfo.environment.merging(ProcessTree.runMarker) { $1 }
        let text = try AnnouncingProcess.start(process)
        guard let port = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            Self.end(process, folder: folder)
            throw TmuxError("the TLS server printed no port (is python3 installed?): \(text)")
        }
        baseURL = "https://127.0.0.1:\(port)"
    }

    /// One line per connection: how its handshake went and what arrived.
    var log: [String] {
        ((try? String(contentsOf: folder.appendingPathComponent("connections.log"), encoding: .utf8)) ?? "")
            .split(separator: "\n").map(String.init)
    }

    /// Ends the server and waits for it.
    func stop() {
        Self.end(process, folder: folder)
    }

    private static func end(_ process: Process, folder: URL) {
        if process.isRunning {
            process.terminate()
            ProcessTree.end([process.processIdentifier])
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs `tool arguments…` to its end; throws, saying what to install, if it fails.
    private static func run(_ tool: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw TmuxError("\(tool) failed (status \(process.terminationStatus)); is \(tool) installed?") }
    }

    /// The server: one connection at a time, every handshake and request logged and flushed.
    private static let script = #"""
        import os, signal, socket, ssl, sys
        # The test runner blocks or ignores signals its children inherit: let SIGTERM end this.
        signal.pthread_sigmask(signal.SIG_SETMASK, [])
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        folder = sys.argv[1]
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(os.path.join(folder, "cert.pem"), os.path.join(folder, "key.pem"))
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", 0))
        listener.listen(16)
        print(listener.getsockname()[1], flush=True)
        def note(line):
            with open(os.path.join(folder, "connections.log"), "a") as log:
                log.write(line.replace("\n", " ") + "\n")
        while True:
            connection, _ = listener.accept()
            connection.settimeout(5)
            try:
                tls = context.wrap_socket(connection, server_side=True)
            except (ssl.SSLError, OSError) as error:
                note("handshake-failed " + str(error))
                connection.close()
                continue
            note("handshake-ok")
            data = b""
            try:
                while b"\r\n\r\n" not in data:
                    chunk = tls.recv(65536)
                    if not chunk:
                        break
                    data += chunk
                note("request " + repr(data))
                body = b'{"items":[],"page":1,"per_page":20,"total":0}'
                tls.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body))
            except OSError as error:
                note("request-failed " + str(error))
            tls.close()
        """#
}
