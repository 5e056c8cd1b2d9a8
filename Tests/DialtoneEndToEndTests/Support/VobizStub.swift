import Foundation
import Synchronization

/// A Vobiz-format provider on loopback whose every answer a test shapes: the inventory lists
/// fixed Indian numbers, a purchase or release commits (or not) and answers as told, and the
/// owned list is written page by page from what is owned now. For process tests of what
/// `dialtone` concludes from a flaky or hostile provider.
final class VobizStub: Sendable {
    /// How the stub answers.
    struct Rules: Sendable {
        /// Numbers for sale (each INR 100 setup and INR 1 a month unless `listingFees` says).
        var numbers: [String]
        var listingFees = #""setup_fee":100,"monthly_fee":1,"currency":"INR""#
        /// The fees of the `read`-th inventory answer (counted from 1), for a provider whose price
        /// moves between reads; `nil` answers every read with `listingFees`.
        var feesOnRead: (@Sendable (_ read: Int) -> String)? = nil
        /// Whether a purchase of the number commits, and the answer sent after.
        var purchase: @Sendable (String) -> (commits: Bool, reply: LoopbackServer.Reply) = {
            (true, .init(status: 200, body: #"{"message":"Number purchased successfully","number":{"e164":"\#($0)","setup_fee":100,"monthly_fee":1,"currency":"INR"}}"#))
        }
        /// Whether a release of the number commits, and the answer sent after.
        var release: @Sendable (String) -> (commits: Bool, reply: LoopbackServer.Reply) = { _ in (true, .init(status: 204, body: "")) }
        /// One owned-list page's JSON: from the numbers owned now, the 1-based page asked, and
        /// how many a page holds, what the provider answers.
        var ownedPage: @Sendable (_ owned: [String], _ page: Int, _ perPage: Int) -> String = VobizStub.honestPage
    }

    let server: LoopbackServer
    private let ownedNow: OwnedNumbers
    private let inventoryReads: ReadCount

    init(_ rules: Rules, owned: [String] = []) {
        let ownedNow = OwnedNumbers(owned)
        self.ownedNow = ownedNow
        let inventoryReads = ReadCount()
        self.inventoryReads = inventoryReads
        server = LoopbackServer { request in
            let path = request.path
            if request.method == "POST", path.hasSuffix("/numbers/purchase-from-inventory") {
                let body = (try? JSONSerialization.jsonObject(with: request.body)) as? [String: Any]
                let e164 = body?["e164"] as? String ?? ""
                let (commits, reply) = rules.purchase(e164)
                if commits { ownedNow.list.withLock { $0.append(e164) } }
                return reply
            }
            if request.method == "DELETE" {
                let e164 = "+" + (path.split(separator: "/").last.map(String.init) ?? "")
                let (commits, reply) = rules.release(e164)
                if commits { ownedNow.list.withLock { $0.removeAll { $0 == e164 } } }
                return reply
            }
            if path.hasSuffix("/inventory/numbers") {
                let read = inventoryReads.next()
                let fees = rules.feesOnRead?(read) ?? rules.listingFees
                let items = rules.numbers.map { #"{"e164":"\#($0)","country":"IN","status":"active",\#(fees)}"# }
                return .init(status: 200, body: #"{"items":[\#(items.joined(separator: ","))],"page":1,"per_page":20,"total":\#(items.count)}"#)
            }
            if path.contains("/balance/") {
                return .init(status: 200, body: #"{"balance":10000,"available_balance":10000,"currency":"INR","is_postpaid":false}"#)
            }
            if path.hasSuffix("/numbers") {
                let page = Int(request.query["page"] ?? "1") ?? 1
                let perPage = Int(request.query["per_page"] ?? "100") ?? 100
                return .init(status: 200, body: rules.ownedPage(ownedNow.list.withLock { $0 }, page, perPage))
            }
            return .init(status: 404, body: #"{"error":"not_found","message":"no such path"}"#)
        }
    }

    /// The numbers the account owns now.
    var owned: [String] { ownedNow.list.withLock { $0 } }
    /// Inventory pages answered.
    var inventoryReadCount: Int { inventoryReads.count }
    /// Purchases and releases received.
    var sends: Int { server.requests.filter { $0.method == "POST" || $0.method == "DELETE" }.count }

    /// One owned entry as Vobiz lists it.
    static func entry(_ e164: String) -> String {
        #"{"e164":"\#(e164)","country":"IN","status":"active","account_id":"MA_STUB0001","monthly_fee":1,"currency":"INR"}"#
    }

    /// A page of `entries` (JSON objects) with the stated `total`.
    static func page(_ entries: [String], page: Int, perPage: Int, total: Int) -> String {
        #"{"items":[\#(entries.joined(separator: ","))],"page":\#(page),"per_page":\#(perPage),"total":\#(total)}"#
    }

    /// The owned numbers, paged as asked, with a true total.
    static func honestPage(_ owned: [String], _ page: Int, _ perPage: Int) -> String {
        let slice = owned.dropFirst((page - 1) * perPage).prefix(perPage)
        return Self.page(slice.map(entry), page: page, perPage: perPage, total: owned.count)
    }

    /// A CLI whose only profile is Vobiz from environment variables, pointed at this stub.
    func cli() throws -> CLIRunner {
        var cli = try CLIRunner()
        cli.environment.merge([
            "VOBIZ_AUTH_ID": "MA_STUB0001", "VOBIZ_AUTH_TOKEN": "stub-token", "DIALTONE_BASE_URL": server.baseURL,
        ]) { $1 }
        return cli
    }
}

/// How many inventory pages a stub has answered, shared with its answering closure.
private final class ReadCount: Sendable {
    private let value = Mutex(0)
    /// Counts one more read and returns its number (the first is 1).
    func next() -> Int { value.withLock { $0 += 1; return $0 } }
    var count: Int { value.withLock { $0 } }
}

/// The numbers a stub's account owns, shared with its answering closure.
private final class OwnedNumbers: Sendable {
    let list: Mutex<[String]>
    init(_ numbers: [String]) { list = Mutex(numbers) }
}
