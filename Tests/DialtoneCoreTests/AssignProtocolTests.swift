import Foundation
import Synchronization
import Testing
@testable import DialtoneCore

/// A routing change takes the purchase protocol's steps (issue: "where every number goes"):
/// the `assign` intent is journalled with the previous routing before the one request, the
/// request is never retried, an unanswered change is checked against the owned list, and a
/// number whose routing changed since the confirmation is not sent at all. Over real HTTP, with a
/// Vobiz stub whose owned list follows what it was asked.
@Suite(.serialized) struct AssignProtocolTests {
    private static let e164 = "+919876543210"
    private static let mumbai = RouteTarget(route: NumberRoute(kind: .trunk, id: "trunk-mumbai"), name: "Mumbai PBX")
    private static let pune = RouteTarget(route: NumberRoute(kind: .trunk, id: "trunk-pune"), name: "Pune IVR")

    /// How the stub answers the assign request.
    enum Answer: Sendable {
        /// Changes the routing and says so.
        case ok
        /// Changes the routing, then answers 504 with a gateway's body.
        case committedThen504
        /// Answers 504 with a body and changes nothing.
        case lostBefore504
        /// Refuses with a 404 and changes nothing.
        case refused
    }

    /// The stub's one number's trunk, shared with its request handler.
    final class TrunkState: Sendable {
        let trunk: Mutex<String?>
        init(_ trunk: String?) { self.trunk = Mutex(trunk) }
        var value: String? { trunk.withLock { $0 } }
        func set(_ value: String?) { trunk.withLock { $0 = value } }
    }

    /// A Vobiz account of one number whose trunk is `trunk`.
    final class Stub: Sendable {
        let server: LoopbackServer
        private let trunkState: TrunkState

        init(trunk: String?, answer: Answer) {
            let state = TrunkState(trunk)
            server = LoopbackServer { request in
                if request.method == "GET", request.path.hasSuffix("/numbers") {
                    let current = state.value.map { "\"\($0)\"" } ?? "null"
                    let item = #"{"e164":"\#(AssignProtocolTests.e164)","country":"IN","status":"active","monthly_fee":100,"currency":"INR","trunk_group_id":\#(current)}"#
                    return .init(status: 200, body: #"{"items":[\#(item)],"total":1,"page":1,"per_page":100}"#)
                }
                guard request.path.hasSuffix("/assign") else { return .init(status: 404, body: #"{"error":"no route"}"#) }
                let wanted = request.method == "DELETE"
                    ? nil : (try? JSONSerialization.jsonObject(with: request.body) as? [String: String])?["trunk_group_id"]
                switch answer {
                case .ok:
                    state.set(wanted)
                    return .init(status: 200, body: #"{"message":"Number assigned to trunk"}"#)
                case .committedThen504:
                    state.set(wanted)
                    return .init(status: 504, body: "<html>Gateway Timeout</html>")
                case .lostBefore504:
                    return .init(status: 504, body: "<html>Gateway Timeout</html>")
                case .refused:
                    return .init(status: 404, body: #"{"error":"trunk not found"}"#)
                }
            }
            trunkState = state
        }

        var current: String? { trunkState.value }
        var assignRequests: [LoopbackServer.Recorded] { server.requests.filter { $0.path.hasSuffix("/assign") } }
    }

    private func run(
        from trunk: String?, to target: RouteTarget?, answer: Answer, confirmed: String?? = .none
    ) async throws -> (Broker.AssignResult, Stub, [JournalEntry]) {
        let stub = Stub(trunk: trunk, answer: answer)
        try await stub.server.start()
        defer { stub.server.stop() }
        let client = VobizClient(credentials: TestCredentials.vobiz(stub.server.baseURL), transport: TestCredentials.fastTransport)
        let journal = PurchaseJournal(path: NSTemporaryDirectory() + "dialtone-assign-\(UUID().uuidString).jsonl")
        let session = ProfileSession(name: "work", provider: client)
        let shown = (confirmed ?? trunk).map { OwnedDetails(.init(trunkGroupID: $0)) } ?? .none
        let number = OwnedNumber(
            provider: .vobiz, e164: Self.e164, country: "IN", monthlyFee: Money(100, "INR"), details: shown)
        let result = await Broker(journal: journal).assign(number, to: target, by: session, known: [Self.mumbai, Self.pune])
        return (result, stub, try journal.read().entries)
    }

    @Test func anAnsweredAssignIsJournalledWithThePreviousRoutingAndSentOnce() async throws {
        let (result, stub, lines) = try await run(from: "trunk-pune", to: Self.mumbai, answer: .ok)
        guard case .ended(.assigned(let receipt, reconciled: false)) = result else { Issue.record("\(result)"); return }
        #expect(receipt.route == Self.mumbai.route)
        #expect(stub.current == "trunk-mumbai")
        #expect(stub.assignRequests.map(\.method) == ["POST"])
        let body = try #require(stub.assignRequests.first?.body)
        #expect(try JSONSerialization.jsonObject(with: body) as? [String: String] == ["trunk_group_id": "trunk-mumbai"])
        #expect(lines.map(\.state) == [.intent, .done])
        #expect(lines.first?.kind == .assign)
        #expect(lines.first?.routeFrom == Self.pune, "the previous routing, with its name")
        #expect(lines.first?.routeTo == Self.mumbai)
    }

    @Test func detachingSendsOneDeleteAndJournalsNoTarget() async throws {
        let (result, stub, lines) = try await run(from: "trunk-pune", to: nil, answer: .ok)
        guard case .ended(.assigned(_, reconciled: false)) = result else { Issue.record("\(result)"); return }
        #expect(stub.current == nil)
        #expect(stub.assignRequests.map(\.method) == ["DELETE"])
        #expect(lines.first?.routeTo == nil && lines.first?.routeFrom == Self.pune)
    }

    @Test func a504AfterTheChangeIsNotRetriedAndIsConfirmedFromTheOwnedList() async throws {
        let (result, stub, lines) = try await run(from: nil, to: Self.mumbai, answer: .committedThen504)
        guard case .ended(.assigned(_, reconciled: true)) = result else { Issue.record("\(result)"); return }
        #expect(stub.assignRequests.count == 1, "a 504 is never retried")
        #expect(lines.map(\.state) == [.intent, .unknown, .reconciledAssigned])
    }

    @Test func a504BeforeTheChangeIsReconciledAsNotAssigned() async throws {
        let (result, stub, lines) = try await run(from: "trunk-pune", to: Self.mumbai, answer: .lostBefore504)
        guard case .ended(.notAssigned(let routing)) = result else { Issue.record("\(result)"); return }
        #expect(routing.contains("trunk-pune"))
        #expect(stub.assignRequests.count == 1)
        #expect(lines.map(\.state) == [.intent, .unknown, .reconciledNotAssigned])
    }

    @Test func aRefusalIsFailedAndJournalled() async throws {
        let (result, stub, lines) = try await run(from: nil, to: Self.mumbai, answer: .refused)
        guard case .ended(.failed) = result else { Issue.record("\(result)"); return }
        #expect(stub.current == nil && stub.assignRequests.count == 1)
        #expect(lines.map(\.state) == [.intent, .failed])
    }

    @Test func routingChangedSinceTheConfirmationSendsNothing() async throws {
        // The dialog showed no trunk; another terminal has attached Pune since.
        let (result, stub, lines) = try await run(from: "trunk-pune", to: Self.mumbai, answer: .ok, confirmed: .some(nil))
        guard case .changed(let current, let what) = result else { Issue.record("\(result)"); return }
        #expect(current.details.trunkGroupID == "trunk-pune")
        #expect(what.contains("trunk-pune"))
        #expect(stub.assignRequests.isEmpty && lines.isEmpty)
    }

    @Test func assigningWhereItAlreadyRoutesSendsNothing() async throws {
        let (result, stub, lines) = try await run(from: "trunk-mumbai", to: Self.mumbai, answer: .ok)
        guard case .ended(.failed(let error)) = result else { Issue.record("\(result)"); return }
        #expect(error.description.contains("already routes to Mumbai PBX"))
        #expect(stub.server.requests.isEmpty && lines.isEmpty)
    }

    @Test func anOpenAssignIntentIsSettledBeforeTheNextChange() async throws {
        // A change whose answer was lost and whose list read failed stays open; the next start
        // of any change of that number settles it first, against the owned list.
        let stub = Stub(trunk: "trunk-mumbai", answer: .ok)
        try await stub.server.start()
        defer { stub.server.stop() }
        let client = VobizClient(credentials: TestCredentials.vobiz(stub.server.baseURL), transport: TestCredentials.fastTransport)
        let journal = PurchaseJournal(path: NSTemporaryDirectory() + "dialtone-assign-\(UUID().uuidString).jsonl")
        let session = ProfileSession(name: "work", provider: client)
        let number = OwnedNumber(provider: .vobiz, e164: Self.e164, country: "IN", monthlyFee: Money(100, "INR"))
        let open = JournalEntry(
            intentToAssign: number, from: nil, to: Self.mumbai, profile: "work", accountID: client.accountID,
            endpoint: session.endpoint, time: Date())
        try journal.append(open)
        let result = await Broker(journal: journal).assign(number, to: Self.mumbai, by: session)
        guard case .ended(.assigned(_, reconciled: true)) = result else { Issue.record("\(result)"); return }
        #expect(stub.assignRequests.isEmpty, "the earlier change went through: nothing is sent again")
        #expect(try journal.read().entries.map(\.state) == [.intent, .reconciledAssigned])
    }
}
