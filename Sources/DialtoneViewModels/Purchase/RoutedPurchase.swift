import DialtoneCore

/// A purchase confirmed with a "Route to" choice, for the single and the batch dialog: the
/// purchase carries the routing where the provider takes it in the one request (Plivo's
/// `app_id`); otherwise a bought answer is followed by the number's own journalled routing change
/// (Vobiz), whose failure never changes the purchase's outcome.
struct RoutedPurchase {
    /// Who buys: `session`, or its client with the routing in every purchase.
    var buyer: ProfileSession
    /// The target to attach after a bought answer; `nil` when none was chosen or the purchase carries it.
    var routeAfter: RouteTarget?
    private var session: ProfileSession

    init(session: ProfileSession, target: RouteTarget?) {
        self.session = session
        buyer = session
        guard let target else { return }
        if let carried = session.provider.purchasing(routedTo: target.route) {
            buyer.provider = carried
        } else {
            routeAfter = target
        }
    }

    /// Whether a routing change follows `outcome`: a target the purchase could not carry, and a
    /// bought answer (an answer learned from the owned list is not routed: route it from Owned).
    func routes(after outcome: PurchaseOutcome) -> Bool {
        guard routeAfter != nil, case .bought(_, reconciled: false) = outcome else { return false }
        return true
    }

    /// After `outcome` of buying `number`: its routing change, when `routes(after:)`; else `nil`.
    func route(after outcome: PurchaseOutcome, of number: PhoneNumber, broker: Broker) async -> AssignOutcome? {
        guard routes(after: outcome), let target = routeAfter, case .bought(let receipt, _) = outcome else { return nil }
        switch await broker.routeBought(receipt, country: number.country, to: target, by: session) {
        case .ended(let routing): return routing
        case .changed(_, let what):
            return .failed(DialtoneError(.validation, provider: session.provider.kind, detail: "\(what); nothing was sent"))
        }
    }

    /// The account's trunks or applications for the dialog's choice, or why they could not be read.
    static func targets(of provider: any NumberProvider) async -> Result<[RouteTarget], DialtoneError> {
        do {
            return .success(try await provider.routeTargets())
        } catch {
            return .failure(.wrapping(error, provider: provider.kind))
        }
    }
}

extension RouteChoice {
    /// The choice with what reading the account's list found.
    mutating func receive(_ result: Result<[RouteTarget], DialtoneError>) {
        switch result {
        case .success(let targets):
            options = targets
            problem = nil
        case .failure(let error):
            problem = "could not read the list: \(error.headline)"
        }
    }
}
