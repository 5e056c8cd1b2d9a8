import Foundation
import GRDB
import ServiceLifecycle

/// A sandbox that is listening: its address, and the handles tests use to steer and inspect it.
public final class RunningSandbox: Sendable {
    /// `http://HOST:PORT`, with no trailing slash; every provider's paths hang off it.
    public let baseURL: String
    /// The port actually bound (useful when ``SandboxOptions/port`` was 0).
    public let port: Int

    private let state: SandboxState
    private let services: ServiceGroup
    private let server: Task<Void, any Error>

    init(baseURL: String, port: Int, state: SandboxState, services: ServiceGroup, server: Task<Void, any Error>) {
        self.baseURL = baseURL
        self.port = port
        self.state = state
        self.services = services
        self.server = server
    }

    /// The faults in force now (counted faults as far as they are used up).
    public var faults: SandboxFaults { state.faults.current }

    /// Replaces the injected faults; takes effect from the next request.
    public func setFaults(_ faults: SandboxFaults) { state.faults.replace(with: faults) }

    /// Stops listening, lets requests in flight finish, and waits until the server has shut down.
    public func stop() async {
        await services.triggerGracefulShutdown()
        _ = try? await server.value
        state.ownedListings.stopObserving()
    }

    /// The current balance of `account` in `currency` (e.g. ``SandboxCredentials/vobizMainAuthID``, `"INR"`).
    public func balance(account: String, currency: String) async throws -> Decimal {
        guard let balance = try await state.database.read({ db in try Ledger.balance(db, account: account, currency: currency) })
        else { throw SandboxError("\(account) holds no \(currency) balance") }
        return balance.decimal
    }

    /// Whether every balance equals its opening minus its ledger debits, none is negative, and
    /// every purchase's debits add up.
    public func ledgerIsConsistent() async throws -> Bool {
        try await state.database.read { db in try Ledger.isConsistent(db) }
    }

    /// Changes the fees of `e164` while it is in stock (a provider repricing between a quote and
    /// a purchase). Throws when the number is not in stock or an amount has over five decimals.
    public func setFees(e164: String, setup: Decimal, monthly: Decimal) async throws {
        try await state.setFees(e164: e164, setup: setup, monthly: monthly)
    }

    /// How many numbers `provider` (`"vobiz"` or `"plivo"`) still has in stock.
    public func numbersInStock(provider: String) async throws -> Int {
        guard let provider = Provider(rawValue: provider) else { throw SandboxError("unknown provider \(provider)") }
        return try await state.database.read { db in try NumberQuery.stock(of: provider).count(db) }
    }
}
