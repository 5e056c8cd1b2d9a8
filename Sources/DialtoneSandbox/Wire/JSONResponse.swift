import Hummingbird

extension Response {
    /// A JSON response carrying `body` exactly as built.
    static func json(_ body: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(string: body.serialized))
        )
    }
}
