import Foundation
import HTTPTypes
import Hummingbird

/// Checks each provider's credentials against the sandbox's test accounts.
enum Authenticator {
    /// Vobiz: `X-Auth-ID` + `X-Auth-Token`, and the `auth_id` in the path must be the caller's.
    static func vobiz(_ request: Request, pathAuthID: String) throws -> SandboxAccount {
        guard
            let id = request.headers[.xAuthID],
            let token = request.headers[.xAuthToken],
            let account = SandboxAccount.find(id: id, provider: .vobiz), account.token == token
        else { throw WireError.unauthorized("invalid or missing X-Auth-ID / X-Auth-Token") }
        guard pathAuthID == account.id else {
            throw WireError.unauthorized("auth_id in the path does not match X-Auth-ID")
        }
        return account
    }

    /// Plivo: HTTP Basic with auth ID and token; the path's auth ID must be the caller's.
    static func plivo(_ request: Request, pathAuthID: String) throws -> SandboxAccount {
        guard
            let header = request.headers[.authorization], header.hasPrefix("Basic "),
            let decoded = Data(base64Encoded: String(header.dropFirst(6))).flatMap({ String(data: $0, encoding: .utf8) }),
            let colon = decoded.firstIndex(of: ":"),
            let account = SandboxAccount.find(id: String(decoded[..<colon]), provider: .plivo),
            account.token == decoded[decoded.index(after: colon)...]
        else { throw WireError.unauthorized("Authentication credentials were not provided or are invalid.") }
        guard pathAuthID == account.id else {
            throw WireError.unauthorized("auth_id in the path does not match the credentials")
        }
        return account
    }

    /// Agni: `X-Api-Key`.
    static func agni(_ request: Request) throws -> SandboxAccount {
        guard
            let key = request.headers[.xApiKey],
            let account = SandboxAccount.find(token: key, provider: .agni)
        else { throw WireError.unauthorized("Invalid or missing API key") }
        return account
    }
}

extension HTTPField.Name {
    static let xAuthID = Self("X-Auth-ID")!
    static let xAuthToken = Self("X-Auth-Token")!
    static let xApiKey = Self("X-Api-Key")!
}
