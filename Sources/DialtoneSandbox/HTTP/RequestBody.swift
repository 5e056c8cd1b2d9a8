import Foundation
import Hummingbird

/// Reads a small JSON request body; anything malformed becomes a 400, never a crash.
enum RequestBody {
    /// Largest body the sandbox accepts.
    static let limit = 16 * 1024

    /// The body decoded as `T`; an empty body decodes as `{}` when `T` allows it.
    static func decode<T: Decodable>(_ type: T.Type, from request: Request, context: SandboxRequestContext) async throws -> T {
        let data = try await bytes(of: request)
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

    /// The body as flat fields (`BodyFields`), from a JSON object or, when it says
    /// `application/x-www-form-urlencoded` and is no JSON object, a form. A nested value, or a
    /// body that is neither, is a 400.
    static func fields(of request: Request, context: SandboxRequestContext) async throws -> BodyFields {
        let data = try await bytes(of: request)
        // A JSON object sent as a form (what `curl -d` says by default) is still read as JSON.
        if request.headers[.contentType]?.lowercased().hasPrefix("application/x-www-form-urlencoded") == true, data.first != UInt8(ascii: "{") {
            return BodyFields(form: String(decoding: data, as: UTF8.self))
        }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw WireError.badRequest("request body is not a JSON object")
        }
        return try BodyFields(json: object)
    }

    /// The whole body (at most `limit` bytes); an empty one reads as `{}`.
    private static func bytes(of request: Request) async throws -> Data {
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: limit)
        } catch {
            throw WireError(status: .contentTooLarge, message: "request body is larger than \(limit) bytes")
        }
        return buffer.readableBytes == 0 ? Data("{}".utf8) : Data(buffer.readableBytesView)
    }

    private static func fieldName(_ context: DecodingError.Context) -> String {
        context.codingPath.last?.stringValue ?? "request body"
    }
}
