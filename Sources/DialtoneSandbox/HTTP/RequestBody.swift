import Foundation
import Hummingbird

/// Reads a small JSON request body; anything malformed becomes a 400, never a crash.
enum RequestBody {
    /// Largest body the sandbox accepts.
    static let limit = 16 * 1024

    /// The body decoded as `T`; an empty body decodes as `{}` when `T` allows it.
    static func decode<T: Decodable>(_ type: T.Type, from request: Request, context: SandboxRequestContext) async throws -> T {
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: limit)
        } catch {
            throw WireError(status: .contentTooLarge, message: "request body is larger than \(limit) bytes")
        }
        let data = buffer.readableBytes == 0 ? Data("{}".utf8) : Data(buffer.readableBytesView)
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let DecodingError.typeMismatch(_, context) {
            throw WireError.badRequest("\(fieldName(context)) has the wrong type")
        } catch let DecodingError.keyNotFound(key, _) {
            throw WireError.badRequest("\(key.stringValue) is required")
        } catch let DecodingError.valueNotFound(_, context) {
            throw WireError.badRequest("\(fieldName(context)) must not be null")
        } catch {
            throw WireError.badRequest("request body is not valid JSON")
        }
    }

    private static func fieldName(_ context: DecodingError.Context) -> String {
        context.codingPath.last?.stringValue ?? "request body"
    }
}
