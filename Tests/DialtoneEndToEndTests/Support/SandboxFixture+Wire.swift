import DialtoneCore
import DialtoneSandbox
import Foundation
import Testing

/// The sandbox's answers as the bytes a client reads: how a value is spelled (`1.0` or `1`, a
/// key present or left out) is lost once parsed, and is what a wire-variant test looks for.
extension SandboxFixture {
    /// One listed entry: its text exactly as sent, and parsed.
    struct WireItem {
        var text: String
        var object: [String: Any]
    }

    /// `GET path` with the main account of `provider`; fails the test unless it answers 200.
    func wireText(_ path: String, as provider: ProviderKind) async throws -> String {
        typealias C = SandboxCredentials
        let headers: [WireRequest.Header] = switch provider {
        case .vobiz: [.init("X-Auth-ID", C.vobizMainAuthID), .init("X-Auth-Token", C.vobizMainToken)]
        case .plivo: [.init("Authorization", "Basic " + Data("\(C.plivoMainAuthID):\(C.plivoMainToken)".utf8).base64EncodedString())]
        case .agni: [.init("X-Api-Key", C.agniAPIKey)]
        }
        let response = try await HTTPTransport().sendOnce(WireRequest(method: .get, url: sandbox.baseURL + path, headers: headers), provider: provider)
        #expect(response.status == 200, "\(path): \(response.status)")
        return String(decoding: response.body, as: UTF8.self)
    }

    /// The entries of the array under `key` in the answer to `GET path`, each as sent.
    func wireItems(_ path: String, as provider: ProviderKind, key: String) async throws -> [WireItem] {
        let body = try await wireText(path, as: provider)
        return try Self.elements(of: key, in: body).map { text in
            WireItem(text: text, object: try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]))
        }
    }

    /// Every Vobiz number the main account and its sub-account own, page by page, as sent.
    func vobizOwnedItems() async throws -> [WireItem] {
        var items: [WireItem] = []
        for page in 1...100 {
            let path = "/api/v1/Account/\(SandboxCredentials.vobizMainAuthID)/numbers?include_subaccounts=true&per_page=100&page=\(page)"
            let batch = try await wireItems(path, as: .vobiz, key: "items")
            items += batch
            if batch.count < 100 { break }
        }
        return items
    }

    /// The texts of the elements of the first array named `key` in the JSON `body`.
    static func elements(of key: String, in body: String) throws -> [String] {
        let characters = Array(body)
        let opening = try #require(body.range(of: "\"\(key)\":["), "no \(key) array in \(body.prefix(200))")
        var index = body.distance(from: body.startIndex, to: opening.upperBound)
        var elements: [String] = []
        var depth = 0, start = index, inString = false, escaped = false
        while index < characters.count {
            let character = characters[index]
            if inString {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
            } else if character == "\"" {
                inString = true
            } else if character == "{" || character == "[" {
                if depth == 0 { start = index }
                depth += 1
            } else if character == "}" || character == "]" {
                if depth == 0 { break }
                depth -= 1
                if depth == 0 { elements.append(String(characters[start...index])) }
            }
            index += 1
        }
        return elements
    }
}
